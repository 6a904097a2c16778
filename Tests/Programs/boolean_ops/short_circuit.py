print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'default')
print([] and 'x', [0] and 'x', 0 or '' or None, 1 and 2 and 3, 1 and 0 and 3)
print(not 0, not 1, not [], not [0], not '', not None)
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
log = []
r = side(0, log) or side('', log) or side('last', log)
print(r, log)
