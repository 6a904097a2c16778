class W:
    def hello(self):
        return "m"

def call(objs):
    r = []
    for o in objs:
        r.append(o.hello())
    return "".join(r)

objs = [W() for _ in range(50)]
for k in range(100):
    s = call(objs)
print(s)
objs[3].hello = lambda: "L"
objs[7].hello = len
print(call(objs[:7]))
try:
    call(objs)
except TypeError as e:
    print("TE", e)
del objs[7].hello
print(call(objs))
del objs[3].hello
print(call(objs))
class H:
    def __init__(self, f):
        self.f = f
    def g(self):
        return self.f(3)
hs = [H(abs), H(lambda x: x * 2), H(str)]
out = []
for i in range(3000):
    out.append(hs[i % 3].f(-i))
print(out[-3:])
print([h.g() for h in hs])
