log = []
def a(n):
    try:
        return b(n)
    finally:
        log.append("a")

def b(n):
    try:
        return c(n)
    except KeyError:
        log.append("b caught")
        return "b"
    finally:
        log.append("b")

def c(n):
    try:
        if n:
            raise KeyError(n)
        return "c"
    finally:
        log.append("c")

print(a(0), log)
log.clear()
print(a(1), log)
