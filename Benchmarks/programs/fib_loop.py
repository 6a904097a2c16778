# The classic JIT demo: a tight integer while-loop inside a small function,
# called many times. Usage: fib_loop.py [COUNT] [N]
#   COUNT  how many times to call fibonacci(n)            (default 1000000)
#   N      the argument; without it, runs n = 0, 10, 30, 90, 500 in turn
# fib(90) still fits in 64 bits; fib(500) needs a big int.
# Prints, per n: n, count, and the last result mod 2**64.
import sys


def fibonacci(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        temp = a
        a = b
        b = temp + b
        i += 1
    return a


def run(count, n):
    result = 0
    for _ in range(count):
        result = fibonacci(n)
    return result


count = 1000000
if len(sys.argv) > 1:
    count = int(sys.argv[1])
ns = [0, 10, 30, 90, 500]
if len(sys.argv) > 2:
    ns = [int(sys.argv[2])]
for n in ns:
    r = run(count, n)
    print("fib", n, count, r % 18446744073709551616)
