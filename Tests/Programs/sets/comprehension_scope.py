x = "outer"
s = {x for x in range(3)}
print(s, x)
fs = [lambda: i for i in range(3)]
print({f() for f in fs})
def g(k):
    return {k * i for i in range(4)}
print(g(3), g(0))
