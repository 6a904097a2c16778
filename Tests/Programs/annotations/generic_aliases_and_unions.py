# Type hints evaluated at module level: list[str], dict[str, int], int | None and friends print,
# land in __annotations__, and a union works in isinstance, as in CPython 3.11.
names: list[str] = []
table: dict[str, int] = {}
print(names, table, list[int], dict[str, list[int]])
x: int | None = None
print(x, int | None, None | int, int | str | int, int | int, list[int] | None)
class C: pass
print(list[C], C | None, tuple[int, ...], tuple[()], type[C], set[frozenset[int]])
print(type(list[int]).__name__, type(int | str).__name__)
print(isinstance(3, int | str), isinstance("a", int | None), isinstance(None, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    print(int | 3)
except TypeError as e:
    print(e)
try:
    print(C[int])
except TypeError as e:
    print(e)
print(__annotations__)
