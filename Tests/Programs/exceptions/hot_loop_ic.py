def work(values):
    total = 0
    errors = 0
    for v in values:
        try:
            total += 100 // v
        except ZeroDivisionError:
            errors += 1
    return total, errors

values = [1, 2, 3, 0, 5] * 400
print(work(values))

def index_loop(items):
    hits = 0
    for i in range(3000):
        try:
            hits += items[i % 7]
        except IndexError:
            hits -= 1
    return hits
print(index_loop([1, 2, 3, 4, 5]))

def key_loop():
    d = {i: i for i in range(10)}
    found = 0
    for i in range(2000):
        try:
            found += d[i % 12]
        except KeyError:
            found += 1000
    return found
print(key_loop())

def attr_loop(objs):
    n = 0
    for o in objs * 300:
        try:
            n += len(o.upper())
        except AttributeError:
            n -= 1
    return n
print(attr_loop(["ab", 3, "cde"]))

def add_loop(pairs):
    out = 0
    for a, b in pairs * 500:
        try:
            out += a + b
        except TypeError:
            out -= 1
    return out
print(add_loop([(1, 2), (1, "x"), (3, 4)]))
