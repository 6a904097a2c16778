def min_max(values):
    return min(values), max(values)
def stats(values):
    lo, hi = min_max(values)
    return (lo, hi, hi - lo), sum(values) / len(values)
(lo, hi, spread), mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, spread, mean)
r = min_max('hello')
print(r, type(r).__name__, len(r))
pairs = [divmod(n, 7) for n in (20, 49, -3)]
print(pairs)
