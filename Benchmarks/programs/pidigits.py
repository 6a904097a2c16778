# Digits of pi with the unbounded spigot (Computer Language Benchmarks Game,
# Gibbons' algorithm): big-int multiply, add and floor division on numbers
# that grow to thousands of digits. Usage: pidigits.py [DIGITS]
# Prints the digits 10 to a line, in the benchmark's format.
import sys


def pidigits(n):
    out = []
    line = ""
    i = 0
    k = 0
    acc = 0
    den = 1
    num = 1
    while i < n:
        k += 1
        k2 = k * 2 + 1
        acc = (acc + num * 2) * k2
        den = den * k2
        num = num * k
        if num > acc:
            continue
        d3 = (num * 3 + acc) // den
        d4 = (num * 4 + acc) // den
        if d3 != d4:
            continue
        line = line + str(d3)
        i += 1
        if i % 10 == 0:
            out.append("%s\t:%d" % (line, i))
            line = ""
        acc = (acc - den * d3) * 10
        num = num * 10
    if line != "":
        out.append("%s%s\t:%d" % (line, " " * (10 - len(line)), i))
    return out


n = 5000
if len(sys.argv) > 1:
    n = int(sys.argv[1])
for s in pidigits(n):
    print(s)
