def make_adders():
    adders = []
    for n in range(4):
        def adder(x, n=n):
            return x + n
        adders.append(adder)
    return adders
print([a(100) for a in make_adders()])
def make_multipliers():
    result = []
    for n in range(4):
        result.append(lambda x: x * n)
    return result
print([m(10) for m in make_multipliers()])
