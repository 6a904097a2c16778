# A leaf function whose operator raises after many in-line calls: the full call runs, and the
# traceback shows the callee's frame as it would without the in-line case.
def div(a, b):
    return a // b


def run():
    total = 0
    for i in range(1, 3000):
        total += div(1000000, i)
    print(total)
    for i in range(5, -5, -1):
        total += div(100, i)
    return total


print(run())
