# A callee redefined mid-loop: the call site's cached function no longer matches and the new one
# is called (a second case).
# statcheck: 14:18 call state=polymorphic hits>=1990


def f(v):
    return v + 1


def run():
    global f
    total = 0
    for i in range(2000):
        total += f(i)
        if i == 999:
            exec_redefine()
    return total


def exec_redefine():
    global f

    def g(v):
        return v * 2

    f = g


print(run())
