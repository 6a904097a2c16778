# f-strings ({obj}, {obj!r}, {obj!s}) and % formatting (%s, %r) call __str__ and __repr__.
class Tag:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "<" + self.name + ">"

    def __repr__(self):
        return "Tag(%r)" % self.name


t = Tag("div")
print(f"{t}")
print(f"{t!r}")
print(f"{t!s} and {t!r}")
print(f"[{t}]x{len(t.name)}")
print("%s" % t)
print("%r" % t)
print("%s / %r" % (t, t))
print("%s" % (t,))
print(f"{[t, t]}")
