# Generated (random nesting of try/except/else/finally, for loops and with, with return, break,
# continue and raise at random points), checked against CPython in both tiers.
PATH = 'exceptions/generated_combo_17.py'
log = []
def f(n):
    try:
        log.append(2)
        log.append({}.get(3, 3))
    except ValueError:
        log.append('h1')
        log.append(4)
        try:
            log.append(6)
            for n in range(n, n + 4):
                log.append(8)
            log.append(10 // (n % 2))
        finally:
            log.append('f5')
            try:
                for n in range(n, n + 3):
                    if n % 2: raise
                    if n % 4 == 0: raise KeyError(13)
                log.append(14)
                log.append(15)
            except LookupError:
                log.append('h10')
                try:
                    log.append(17)
                    log.append(10 // (n % 2))
                finally:
                    log.append('f16')
                    log.append(-19)
                log.append(20)
                with open(PATH) as fh21:
                    log.append(fh21.closed)
                    log.append({}.get(22, 22))
            except ZeroDivisionError:
                log.append('h10')
                for n in range(n, n + 3):
                    log.append(24)
                    if n % 2: return 25
                try:
                    log.append(-27)
                except Exception as e:
                    log.append('h26')
                    log.append(10 // (n % 3))
                    if n % 2: raise
                except ValueError:
                    log.append('h26')
                    log.append(-30)
                    if n % 2: return 31
            log.append(32)
    finally:
        log.append('f1')
        log.append(10 // (n % 2))
        log.append(34)
        try:
            log.append(36)
            log.append(-37)
        except:
            log.append('h35')
            for n in range(n, n + 4):
                log.append(39)
                try:
                    if n % 2: return 41
                finally:
                    log.append('f40')
                    if n % 2: raise
                    if n % 2: raise
            log.append(-44)
    try:
        log.append(-46)
        with open(PATH) as fh47:
            log.append(fh47.closed)
            try:
                log.append(49)
            except ValueError as e:
                log.append('h48')
                log.append({}.get(50, 50))
                log.append(-51)
                try:
                    log.append(-53)
                except ZeroDivisionError:
                    log.append('h52')
                    log.append({}.get(54, 54))
                    if n % 2: raise
                    log.append({}.get(56, 56))
                else:
                    if n % 2: raise
            except (ValueError, ZeroDivisionError):
                log.append('h48')
                log.append(58)
                log.append(59)
    except:
        log.append('h45')
        if n % 2: return 60
        log.append(61)
    else:
        if n % 2: return 62
    for n in range(n, n + 1):
        try:
            log.append(65)
        except:
            log.append('h64')
            try:
                with open(PATH) as fh67:
                    log.append(fh67.closed)
                    log.append({}.get(68, 68))
            except LookupError as e:
                log.append('h66')
                for n in range(n, n + 4):
                    log.append({}.get(70, 70))
                    if n % 3 == 1: break
                log.append(72)
                for n in range(n, n + 3):
                    if n % 3 == 1: break
                    log.append(10 // (n % 3))
            except:
                log.append('h66')
                try:
                    if n % 3 == 2: continue
                    log.append(10 // (n % 3))
                except KeyError:
                    log.append('h76')
                    if n % 2: raise
                    if n % 3 == 2: continue
                finally:
                    log.append('f76')
                    if n % 4 == 0: raise IndexError(81)
                    log.append({}.get(82, 82))
                    if n % 2: raise
                log.append(84)
            finally:
                log.append('f66')
                log.append(85)
                try:
                    if n % 2 == 0: raise KeyError(87)
                    log.append({}.get(88, 88))
                    log.append({}.get(89, 89))
                finally:
                    log.append('f86')
                    if n % 2: raise
                    log.append(10 // (n % 3))
    return 'end'
for n in range(8):
    log.clear()
    try:
        r = f(n)
    except BaseException as e:
        r = type(e).__name__ + ' ' + str(e)
    print(n, r, log)

