try:
    print([10 // x for x in [1, 2, 0]])
except ZeroDivisionError as e:
    print("listcomp:", e)
try:
    print({x: 1 / x for x in [1, 0]})
except ZeroDivisionError as e:
    print("dictcomp:", e)
try:
    print(sum(x["k"] for x in [{"k": 1}, {}]))
except KeyError as e:
    print("genexpr:", repr(e))

def safe(values):
    return [v for v in values if v]

print([safe([0, 1, 2]) for _ in range(2)])

def inside(values):
    out = []
    for v in values:
        try:
            out.append([1 // w for w in v])
        except ZeroDivisionError:
            out.append(None)
    return out
print(inside([[1], [1, 0], [2]]))
