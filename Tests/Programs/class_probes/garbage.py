class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.next = nxt; self.me = self
t = 0
for i in range(300):
    a = Node(i); b = Node(i + 1, a); a.next = b
    t += a.next.next.v + b.me.next.v
print(t)
def mk(i):
    class K:
        x = i
        def get(self): return self.x + i
        def __add__(self, o): return K()
    return K
total = 0
last = None
for i in range(500):
    K = mk(i)
    o = K() + K()
    total += o.get() + K.x
    if i % 100 == 0:
        last = K
print(total, last.__name__, last().get(), last.__qualname__)
class Holder:
    pass
hs = []
for i in range(600):
    h = Holder()
    h.a = [Holder() for _ in range(3)]
    h.a[0].back = h
    h.s = "x" * (i % 10)
    h.f = float(i) / 3
    if i % 10 == 0:
        hs.append(h)
print(len(hs), sum(len(h.s) for h in hs), round(sum(h.f for h in hs), 3), hs[5].a[0].back is hs[5])
def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    s = 0
    while head:
        s += head.v
        head = head.next
    return s
print(chain(2000))
class Big:
    def __init__(self, i):
        for k in range(20):
            setattr(self, "f%d" % k, (i, k, str(k)))
bs = [Big(i) for i in range(300)]
print(sum(b.f19[0] + b.f0[1] for b in bs), bs[7].f13)
class E(Exception):
    def __init__(self, payload):
        super().__init__("e")
        self.payload = payload
caught = 0
for i in range(300):
    try:
        raise E([Node(i)] * 3)
    except E as e:
        caught += e.payload[2].v
print(caught)
