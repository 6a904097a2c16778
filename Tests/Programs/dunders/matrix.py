# A 2x2 matrix class: @-free multiplication via __mul__, __pow__ by squaring,
# __eq__, __getitem__ with tuple keys; Fibonacci numbers from matrix powers.
class Mat:
    def __init__(self, a, b, c, d):
        self.m = [a, b, c, d]

    def __mul__(self, o):
        a, b, c, d = self.m
        e, f, g, h = o.m
        return Mat(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)

    def __pow__(self, n):
        result = Mat(1, 0, 0, 1)
        base = self
        while n > 0:
            if n % 2 == 1:
                result = result * base
            base = base * base
            n //= 2
        return result

    def __eq__(self, o):
        return self.m == o.m

    def __getitem__(self, key):
        r, c = key
        return self.m[r * 2 + c]

    def __repr__(self):
        return "Mat(%r, %r, %r, %r)" % tuple(self.m)


f = Mat(1, 1, 1, 0)
print(f * f, f ** 5)
print([(f ** n)[0, 1] for n in range(15)])
print((f ** 300)[0, 1])
print(f ** 10 == f ** 5 * f ** 5, f ** 2 == f)
