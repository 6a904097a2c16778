pts = [(3, 1), (1, 2), (3, 0), (1, 1), (2, 5)]
print(sorted(pts))
print(max(pts), min(pts))
print((1, 'a') < (1, 'b'), (2,) > (1, 99), (1, 2, 3) > (1, 2))
print(sorted([(1, (2, 3)), (1, (2, 1)), (0, (9, 9))]))
