# RecursionError from recursion through dunders, builtins that call back, methods and functions:
# caught inside a function, each with CPython's message.
import sys
def t(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, "|", e)
class N:
    def __init__(self, n): self.c = N(n + 1)
t("init", lambda: N(0))
class C:
    def __call__(self, n): return self(n + 1)
t("call", lambda: C()(0))
def k(x): return sorted([x], key=k)
t("sortedkey", lambda: k(1))
def m(x): return list(map(m, [x]))
t("map", lambda: m(1))
class A:
    def __add__(self, o): return self + o
t("add", lambda: A() + 1)
class E:
    def __eq__(self, o): return self == o
t("eq", lambda: E() == 1)
class P:
    @property
    def p(self): return self.p
t("property", lambda: P().p)
class G:
    def __getitem__(self, i): return self[i]
t("getitem", lambda: G()[0])
def f(n): return f(n + 1)
t("func", lambda: f(0))
class M:
    def meth(self, n): return self.meth(n + 1)
t("method", lambda: M().meth(0))
class R:
    def __repr__(self): return repr(self)
t("repr", lambda: repr(R()))
class L:
    def __len__(self): return len(self)
t("len", lambda: len(L()))
class H:
    def __hash__(self): return hash(self)
t("hash", lambda: hash(H()))
class S:
    def __str__(self): return str(self)
t("str", lambda: str(S()))
class I:
    def __iter__(self): return iter(self)
t("iter", lambda: iter(I()))
class B:
    def __bool__(self): return bool(self)
t("bool", lambda: bool(B()))
