# @classmethod: called on the class and on instances, alternative constructors,
# and cls being the subclass when called through it.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        parts = text.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    @classmethod
    def name(cls):
        return cls.__name__

    def iso(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)


class Birthday(Date):
    def iso(self):
        return "birthday " + super().iso()


d = Date.from_string("2024-3-7")
print(d.iso(), type(d).__name__)
b = Birthday.from_string("1999-12-31")
print(b.iso(), type(b).__name__)
print(Date.name(), Birthday.name())
print(d.name(), b.name())
e = b.from_string("2000-1-1")
print(e.iso(), type(e).__name__)
print(Date.created)
