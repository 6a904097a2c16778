def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
class R:
    def __radd__(self, o): return "R.radd %s" % type(o).__name__
    def __rmul__(self, o): return "R.rmul"
    def __iter__(self): return iter([9])
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __round__(self, nd=None): return "round %r" % nd
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
    def __rtruediv__(self, o): return "rtd"
    def __rfloordiv__(self, o): return "rfd"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlsh"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rsub__(self, o): return "rsub"
    def __rrshift__(self, o): return "rrsh"
res = []
for k in range(1500):
    lst = [1]
    lst += [9]
    res.append((repr(lst), repr([1] + R()), "s" * R(), repr([1, 2] * I(2)), "abc"[I(1)], repr([1, 2, 3][I(0):I(2)]), (1, 2, 3)[I(-1)]))
print(set(res))
n = Num(1)
attempt("int", lambda: int(n))
attempt("float", lambda: float(n))
attempt("pow", lambda: (n ** 2, pow(n, 2), 2 ** n))
attempt("unary", lambda: (~n, +n, -n, abs(n)))
attempt("reflected", lambda: (1 / n, 1 // n, 1 % n, 1 << n, 1 & n, 1 | n, 1 ^ n, 1 - n, 1 >> n, 2.0 / n, True & n))
attempt("range", lambda: list(range(I(3))))
attempt("hex", lambda: (hex(I(255)), bin(I(5)), oct(I(8))))
attempt("int of index", lambda: int(I(7)))
attempt("float of index", lambda: float(I(7)))
attempt("bad index", lambda: [1][I("x")])
attempt("int no dunder", lambda: int(R()))
attempt("float no dunder", lambda: float(R()))
class BadInt:
    def __int__(self): return "s"
attempt("bad int", lambda: int(BadInt()))
class BadFloat:
    def __float__(self): return 1
class BadStr:
    def __str__(self): return 5
    def __repr__(self): return 6
attempt("bad str", lambda: str(BadStr()))
attempt("bad repr", lambda: repr(BadStr()))
attempt("bad print", lambda: print(BadStr()))
attempt("bad fstring", lambda: f"{BadStr()}")
class BigLen:
    def __len__(self): return 2 ** 70
attempt("big len", lambda: len(BigLen()))
class Fmt:
    def __format__(self, spec): return "<%s>" % spec
attempt("format", lambda: (f"{Fmt():>10}", format(Fmt()), "{:x}".format(Fmt()), f"{Fmt()!r:>3}"[:3]))
class Plain: pass
attempt("plain format", lambda: format(Plain(), ">5"))
attempt("plain format empty", lambda: len(format(Plain(), "")) > 0)
