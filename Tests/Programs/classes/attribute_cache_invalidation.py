# Attribute reads at one site while the answer changes under it: a class
# attribute later shadowed by an instance attribute, a class attribute rebound,
# an inherited attribute overridden in the subclass, a method replaced, and an
# instance attribute deleted so the class one shows again.
class Base:
    value = "base"

    def kind(self):
        return "base-kind"


class Sub(Base):
    pass


def read(o):
    return o.value


def call(o):
    return o.kind()


s = Sub()
out = []
for i in range(12):
    if i == 2:
        Base.value = "base2"
    if i == 4:
        Sub.value = "sub"
    if i == 6:
        s.value = "instance"
    if i == 8:
        del s.value
    if i == 10:
        del Sub.value
    out.append(read(s))
print(out)
calls = []
for i in range(9):
    if i == 3:
        Base.kind = lambda self: "patched-base"
    if i == 6:
        Sub.kind = lambda self: "patched-sub"
    calls.append(call(s))
print(calls)
t = Sub()
print(read(t), call(t), call(Base()))
