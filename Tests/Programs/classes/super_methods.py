# super() in ordinary methods, multi-level, with arguments and return values.
class A:
    def greet(self, who):
        return "A greets " + who

    def total(self, n):
        return n


class B(A):
    def greet(self, who):
        return "B(" + super().greet(who) + ")"

    def total(self, n):
        return super().total(n) * 10


class C(B):
    def greet(self, who):
        return "C[" + super().greet(who.upper()) + "]"

    def total(self, n):
        return super().total(n) + 1


class D(C):
    pass


print(A().greet("x"))
print(B().greet("y"))
print(C().greet("z"))
print(D().greet("w"))
print(A().total(2), B().total(2), C().total(2), D().total(2))
