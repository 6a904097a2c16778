# A method called with a keyword it does not accept.
class Door:
    def open(self, force=False):
        return "open" if not force else "forced"


d = Door()
print(d.open(force=True))
d.open(speed=3)
