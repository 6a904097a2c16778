class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return "A.lt"
    def __gt__(self, o): return "A.gt"
    def __eq__(self, o): return "A.eq"
class C(A):
    pass
class D(A):
    def __gt__(self, o): return "D.gt"
    def __eq__(self, o): return NotImplemented
r = []
for i in range(1000):
    r.append((A(1) < C(2), A(1) < D(2), C(1) < A(2), A(1) == D(1), D(1) == A(1), D(1) == D(1), D(1) != D(1)))
print(set(r))
class E:
    def __eq__(self, o): return NotImplemented
e = E()
print(e == e, e != e, e == 1, 1 == e, e != E())
class F:
    def __ne__(self, o): return "F.ne"
print(F() == F(), F() != F())
