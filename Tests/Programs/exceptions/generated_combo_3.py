# Generated (random nesting of try/except/else/finally, for loops and with, with return, break,
# continue and raise at random points), checked against CPython in both tiers.
PATH = 'exceptions/generated_combo_3.py'
log = []
def f(n):
    for n in range(n, n + 2):
        log.append(2)
        try:
            log.append(4)
            log.append(5)
            try:
                log.append(-7)
                try:
                    if n % 2 == 0: raise IndexError(9)
                    log.append({}.get(10, 10))
                    log.append(11)
                except:
                    log.append('h8')
                    log.append(12)
                    if n % 2: return 13
                    if n % 3 == 2: continue
                with open(PATH) as fh15:
                    log.append(fh15.closed)
                    log.append(-16)
                    if n % 3 == 0: raise ValueError(17)
            except (ValueError, ZeroDivisionError):
                log.append('h6')
                log.append(18)
                try:
                    if n % 3 == 2: continue
                    if n % 3 == 2: continue
                    log.append({}.get(22, 22))
                except LookupError:
                    log.append('h19')
                    if n % 4 == 0: raise KeyError(23)
                    log.append(24)
                else:
                    if n % 2: return 25
                    log.append(26)
                    if n % 2: raise
        except:
            log.append('h3')
            try:
                if n % 3 == 2: continue
            except ValueError:
                log.append('h28')
                with open(PATH) as fh30:
                    log.append(fh30.closed)
                    if n % 2: return 31
                    log.append(32)
                try:
                    log.append({}.get(34, 34))
                except (ValueError, ZeroDivisionError) as e:
                    log.append('h33')
                    log.append(35)
                    if n % 3 == 1: break
                    if n % 3 == 0: raise KeyError(37)
            else:
                log.append(38)
                try:
                    log.append(40)
                    log.append({}.get(41, 41))
                    log.append(10 // (n % 3))
                except ZeroDivisionError as e:
                    log.append('h39')
                    if n % 3 == 2: continue
                    if n % 3 == 1: break
                    if n % 2 == 0: raise IndexError(45)
                except Exception as e:
                    log.append('h39')
                    if n % 3 == 1: break
                    if n % 2: return 47
                else:
                    log.append(48)
                    log.append(49)
                    if n % 2: return 50
    return 'end'
for n in range(8):
    log.clear()
    try:
        r = f(n)
    except BaseException as e:
        r = type(e).__name__ + ' ' + str(e)
    print(n, r, log)

