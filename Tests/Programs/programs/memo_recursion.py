memo = {}
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = count_paths(r - 1, c) + count_paths(r, c - 1)
    memo[key] = v
    return v
print(count_paths(2, 2), count_paths(10, 10), count_paths(30, 30))
print(len(memo))
cache = {0: 0, 1: 1}
def fib(n):
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(300))
def partitions(n, k, table={}):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in table:
        table[(n, k)] = partitions(n - k, k) + partitions(n, k - 1)
    return table[(n, k)]
print([partitions(n, n) for n in range(15)], partitions(100, 100))
