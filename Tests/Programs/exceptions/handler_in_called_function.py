def risky(n):
    if n % 3 == 0:
        raise ValueError(n)
    return n

def reraise_in_callee():
    raise

def caller():
    try:
        risky(3)
    except ValueError:
        try:
            reraise_in_callee()
        except ValueError as e:
            return "callee re-raised " + repr(e)

print(caller())
total = 0
for i in range(1000):
    try:
        total += risky(i)
    except ValueError as e:
        total -= e.args[0]
print(total)
