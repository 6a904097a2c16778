class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class SubErr(AppError):
    pass
class Thing:
    def __init__(self, n):
        if n % 7 == 0:
            raise ValueError("bad n %d" % n)
        self.n = n
    def check(self):
        if self.n % 5 == 0:
            raise SubErr("five", self.n)
        return self.n
    @property
    def p(self):
        if self.n % 3 == 0:
            raise AppError("three", -self.n)
        return 1
    def __add__(self, o):
        if o == 0:
            raise ZeroDivisionError("zero add")
        return self.n + o
counts = {}
codes = 0
for i in range(3000):
    try:
        t = Thing(i)
        t.check()
        t.p
        t + (i % 2)
    except SubErr as e:
        counts["sub"] = counts.get("sub", 0) + 1
        codes += e.code
    except AppError as e:
        counts["app"] = counts.get("app", 0) + 1
        codes += e.code
        last = (str(e), e.args, repr(e))
    except (ValueError, ZeroDivisionError) as e:
        k = type(e).__name__
        counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()), codes, last)
e = SubErr("m", 3)
print(isinstance(e, AppError), isinstance(e, Exception), e.args, e.code, str(e))
try:
    raise SubErr("x", 1) from KeyError("k")
except AppError as e:
    print(repr(e.__cause__), e.code)
class E2(Exception):
    def __str__(self): return "custom str"
try:
    raise E2("a", "b")
except E2 as e:
    print(e, e.args)
class E3(Exception):
    def __init__(self):
        pass
try:
    raise E3()
except E3 as e:
    print(repr(e), e.args, str(e))
class E4(KeyError):
    pass
try:
    {}["k"]
except E4:
    print("no")
except KeyError as e:
    print("KE", e)
try:
    raise E4("zz")
except LookupError as e:
    print(type(e).__name__, e)
