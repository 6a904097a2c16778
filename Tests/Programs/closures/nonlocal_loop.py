def running_totals(values):
    total = 0
    out = []
    def add(v):
        nonlocal total
        total += v
        out.append(total)
    for v in values:
        add(v)
    return out, total
print(running_totals([1, 2, 3, 4.5, -10]))
def make_pair():
    value = 'init'
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = make_pair()
print(g())
s([1, 2])
print(g())
s2, g2 = make_pair()
print(g2(), g())
