# Lists and tuples order by their first differing items compared with the operator itself: a
# NaN there makes every ordering false instead of raising.
nan = float('nan')
print((1, nan) < (1, 2.0), (1, nan) > (1, 2.0), (1, nan) <= (1, 2.0), (1, nan) >= (1, 2.0))
print([1, nan] < [1, 2.0], [nan] > [1], [0, nan] < [1, nan], (nan, 1) < (nan, 2))
print((1, 2) < (1, 2, 3), [1, 2] >= [1, 2], (2,) > (1, 5), [[1, nan]] < [[1, 0]])
print(max([(1, nan), (1, 2.0)]), min([(0, nan), (0, 1.0)]))
