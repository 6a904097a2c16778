vals = [0, 1, -1, 0.0, -0.0, 0.1, '', ' ', '0', [], [[]], (), (0,), {}, {'': 0}, None, True, False, range(0), range(1), float('nan')]
for v in vals:
    print(repr(v), bool(v), 'yes' if v else 'no')
