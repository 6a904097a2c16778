# print, str, f-strings and % formatting honour __str__/__repr__; %d and %f use
# __index__/__int__ and __float__.
class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __str__(self):
        return "%.1f°C" % self.deg

    def __repr__(self):
        return "Celsius(%r)" % self.deg

    def __float__(self):
        return float(self.deg)

    def __index__(self):
        return int(self.deg)


c = Celsius(21.5)
print(c)
print("Now: %s (%r)" % (c, c))
print(f"Now: {c} ({c!r})")
print("as float: %.2f, as int: %d" % (c, c))
print(f"{float(c):.3f}", str(c).upper())
print("%-12s|" % c, "%10r|" % c)
print("[" + str(c) + "]", [c])
