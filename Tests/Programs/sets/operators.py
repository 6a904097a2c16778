a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a | frozenset([9]))
print(frozenset([9]) | a)
print(type(frozenset() | set()), type(set() & frozenset()))
print(a | a, a & a, a - a, a ^ a)
print({(1, 2)} | {(3, 4)})
