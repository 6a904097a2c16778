# Methods with default values, keyword arguments, *args and **kwargs.
class Formatter:
    def __init__(self, sep=", ", end="."):
        self.sep = sep
        self.end = end

    def join(self, *items, upper=False):
        text = self.sep.join([str(i) for i in items])
        if upper:
            text = text.upper()
        return text + self.end

    def options(self, **kw):
        return sorted(kw.items())

    def pad(self, text, width=8, fill="*"):
        return text + fill * (width - len(text))


f = Formatter()
print(f.join("a", "b", 3))
print(f.join("x", "y", upper=True))
g = Formatter(sep="-", end="!")
print(g.join(1, 2, 3))
print(g.options(b=2, a=1))
print(f.pad("ab"), f.pad("ab", 4), f.pad("ab", fill="#"), f.pad(text="q", width=3))
args = ("p", "q")
print(f.join(*args))
kw = {"upper": True}
print(g.join("m", **kw))
print(Formatter.pad(f, "z", 2))
