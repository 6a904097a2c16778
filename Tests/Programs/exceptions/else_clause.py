def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("except", x)
    else:
        print("else", r)
    finally:
        print("finally", x)

f(2)
f(0)

for i in range(3):
    try:
        pass
    except Exception:
        pass
    else:
        if i == 1:
            continue
        print("else", i)

def g():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("g finally")
print(g())
try:
    try:
        pass
    except KeyError:
        pass
    else:
        1 / 0
except ZeroDivisionError:
    print("else raised out")
