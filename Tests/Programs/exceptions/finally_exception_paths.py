def f(mode):
    log = []
    try:
        try:
            log.append("try")
            if mode == 1:
                raise KeyError(mode)
            if mode == 2:
                raise ValueError(mode)
        except KeyError:
            log.append("except")
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log

for mode in range(3):
    print(f(mode))

def exception_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")

try:
    exception_in_finally()
except ValueError as e:
    print(repr(e), repr(e.__context__))
