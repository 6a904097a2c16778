def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
class P:
    def __init__(self, x, y=2, *rest, k=3, **kw):
        self.t = (x, y, rest, k, sorted(kw.items()))
class NoInit:
    pass
class RetInit:
    def __init__(self): return 5
class RaiseInit:
    def __init__(self, n):
        if n: raise ValueError("n=%d" % n)
        self.ok = True
attempt("P", lambda: P(1).t)
attempt("P full", lambda: P(1, 5, 6, 7, k=0, z=1).t)
attempt("P missing", lambda: P())
attempt("P kw dup", lambda: P(1, x=2))
attempt("NoInit args", lambda: NoInit(1))
attempt("NoInit kw", lambda: NoInit(a=1))
attempt("RetInit", lambda: RetInit())
attempt("method args", lambda: P(1).__init__())
class M:
    def f(self): return 1
    def g(): return 2
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls, a): return a
attempt("f extra", lambda: M().f(1))
attempt("g no self", lambda: M().g())
attempt("unbound missing self", lambda: M.f())
attempt("s missing", lambda: M.s())
attempt("c missing", lambda: M().c())
ok = 0
errs = 0
for i in range(3000):
    try:
        r = RaiseInit(i % 4)
        ok += r.ok
    except ValueError as e:
        errs += 1
        msg = str(e)
print(ok, errs, msg)
attempt("call instance", lambda: M()())
attempt("call int attr", lambda: M().f.__name__)
attempt("bound repr start", lambda: repr(M().f)[:26])
attempt("qualname", lambda: (M.f.__qualname__, M.s.__qualname__, M.c.__name__))
attempt("bound self", lambda: M().f.__self__.__class__.__name__)
attempt("bound func", lambda: M().f.__func__ is M.f)
attempt("bound eq", lambda: (M().f == M().f, M.f == M.f))
m = M()
attempt("type call", lambda: type(m)().f())
attempt("type name", lambda: (type(M).__name__, type(m) is M, M.__base__.__name__, M.__mro__ if hasattr(M, "__mro__") else None))
