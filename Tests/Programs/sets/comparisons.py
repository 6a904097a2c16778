a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, b < a)
print(a <= a, a < a, a >= a, a > a)
print({1, 2} == frozenset([1, 2]), frozenset([1, 2]) == {2, 1})
print(set() == frozenset(), set() < {0})
print({1} == [1], {1} != (1,))
print({1, 2} < {3, 4}, {1, 2} > {3})
print({1.0} == {1}, {True} == {1})
