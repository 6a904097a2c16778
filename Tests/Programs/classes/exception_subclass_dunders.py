# Found by probing classes: exception subclass dunders (fixed).
class A(Exception):
    def __add__(self, o): return "add"
    def __len__(self): return 3
    def __eq__(self, o): return "eq"
    def __bool__(self): return False
    def __getitem__(self, i): return i
    def __iter__(self): return iter([1, 2])
    def __lt__(self, o): return "lt"
    def __format__(self, s): return "fmt"
a = A()
tests = [lambda: a + 1, lambda: len(a), lambda: a == a, lambda: bool(a),
         lambda: a[4], lambda: list(a), lambda: a < a, lambda: format(a, "x")]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)
