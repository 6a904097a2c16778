def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
r = 1
for i in range(1, 41):
    r = lcm(r, i)
print(r)
def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in (2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143):
    print(n, factorize(n))
