class A:
    f = len
    g = lambda self: "bound"
    class Inner:
        pass
    s = staticmethod(lambda x: x + 1)
    def __init__(self): self.v = 1
    @property
    def ro(self): return 1
    nog = property(None, lambda self, v: None)
a = A()
r = []
for i in range(2000):
    r.append((a.f("abc"), a.g(), a.Inner.__name__, a.s(1), A.s(2), a.ro))
print(set(r))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
def set_ro(): a.ro = 2
def get_nog(): return a.nog
def del_missing(): del a.missing
def del_method():
    del a.g
def del_ro(): del a.ro
def cls_missing(): return A.missing
def sup_missing():
    class B(A):
        def m(self): return super().missing
    return B().m()
attempt("set_ro", set_ro)
attempt("del_missing", del_missing)
attempt("del_method", del_method)
attempt("del_ro", del_ro)
attempt("cls_missing", cls_missing)
attempt("sup_missing", sup_missing)
attempt("static call", lambda: A.s.__name__)
class PG:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
class PG2:
    @property
    def p(self): raise KeyError("k")
attempt("hasattr propagates", lambda: hasattr(PG2(), "p"))
attempt("getattr default", lambda: getattr(PG(), "q", 3))
class GE:
    def __getattr__(self, n): raise ValueError(n)
attempt("getattr raises", lambda: GE().zz)
attempt("hasattr getattr raises", lambda: hasattr(GE(), "zz"))
attempt("int attr", lambda: (5).nope)
attempt("set on int", lambda: setattr(5, "x", 1))
attempt("setattr nonstr", lambda: setattr(a, 5, 1))
attempt("getattr nonstr", lambda: getattr(a, 5))
attempt("instance dict", lambda: sorted(a.__dict__))
attempt("class name", lambda: (A.__name__, A.Inner.__qualname__, a.__class__.__name__, A.__module__))
attempt("doc", lambda: A.__doc__)
