e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print("deleted:", err)

def f():
    x = 1
    try:
        raise ValueError("v")
    except ValueError as x:
        pass
    try:
        return x
    except UnboundLocalError as u:
        return "unbound: " + str(u)

print(f())

def g():
    try:
        raise KeyError(1)
    except KeyError as err:
        saved = err
    return repr(saved)
print(g())
