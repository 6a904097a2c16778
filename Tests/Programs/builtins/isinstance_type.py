vals = [1, 1.0, 'a', [1], (1,), {'a': 1}, True, None, range(2), 2 ** 100]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (str, float, dict)))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(type(len).__name__, type(lambda: 0).__name__, type(print).__name__)
def f():
    pass
print(type(f).__name__, type(type(1)).__name__, type(int).__name__)
print(type(1) == int, type(True) == int, type(True) == bool)
