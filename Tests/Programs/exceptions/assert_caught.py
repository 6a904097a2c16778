def check(v):
    assert v > 0, "must be positive"
    return v

for v in [1, -1]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
