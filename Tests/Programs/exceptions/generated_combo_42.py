# Generated (random nesting of try/except/else/finally, for loops and with, with return, break,
# continue and raise at random points), checked against CPython in both tiers.
PATH = 'exceptions/generated_combo_42.py'
log = []
def f(n):
    if n % 2: return 1
    if n % 4 == 0: raise ValueError(2)
    for n in range(n, n + 1):
        try:
            log.append(10 // (n % 2))
        finally:
            log.append('f4')
            for n in range(n, n + 4):
                try:
                    log.append(8)
                    if n % 4 == 0: raise KeyError(9)
                except KeyError:
                    log.append('h7')
                    if n % 3 == 2: continue
                    if n % 3 == 1: break
                except ZeroDivisionError as e:
                    log.append('h7')
                    log.append({}.get(12, 12))
                finally:
                    log.append('f7')
                    if n % 3 == 2: continue
            if n % 2: return 14
            log.append(15)
        for n in range(n, n + 3):
            log.append(17)
            log.append(10 // (n % 3))
            log.append(19)
        log.append(20)
    return 'end'
for n in range(8):
    log.clear()
    try:
        r = f(n)
    except BaseException as e:
        r = type(e).__name__ + ' ' + str(e)
    print(n, r, log)

