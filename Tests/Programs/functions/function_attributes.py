# Functions take attributes (a call counter, a memo cache on a wrapper, a copied __name__), in
# their __dict__; __name__ and __qualname__ take strs only; deleting a missing one raises.
def f():
    return 1
f.calls = 0
for i in range(3000):
    f.calls += 1
print(f.calls, f.__dict__, vars(f))
def g():
    pass
g.__name__ = "renamed"
g.__qualname__ = "Outer.renamed"
print(g.__name__, g.__qualname__)
def memo(fn):
    def wrapper(n):
        if n not in wrapper.cache:
            wrapper.cache[n] = fn(n)
        return wrapper.cache[n]
    wrapper.cache = {}
    wrapper.__name__ = fn.__name__
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__, len(fib.cache))
del f.calls
try:
    f.calls
except AttributeError as e:
    print(e)
try:
    del f.nothing
except AttributeError as e:
    print(e)
try:
    g.__name__ = 3
except TypeError as e:
    print(e)
print(hasattr(f, "calls"), getattr(g, "missing", "default"))
setattr(f, "tag", "x")
print(f.tag)
