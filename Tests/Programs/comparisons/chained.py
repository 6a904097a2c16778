x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 5 == x == 5.0, 1 < 2 < 3 < 4 < 3)
print(1 < 3 > 2, 3 > 2 < 1, x != 4 != 5, 1 == 1 != 2)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
calls.clear()
print(f(1) < f(5) > f(4) == f(4), calls)
a = [1, 2]
print(1 in a in [[1, 2]], 3 not in a is not None)
