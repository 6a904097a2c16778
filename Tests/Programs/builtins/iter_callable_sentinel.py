# iter(callable, sentinel): calls until the sentinel comes back (compared with ==), then stays
# exhausted; a non-callable first argument and an exception from the callable behave as CPython.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter(tick, 8)
print(next(it), type(it).__name__)
for v in it:
    print("v", v)
print(next(it, "done"), next(it, "still done"))
data = ["a", "b", "", "c"]
pos = [0]
def read():
    pos[0] += 1
    return data[pos[0] - 1]
print([x.upper() for x in iter(read, "")])
class Eq:
    def __eq__(self, other):
        return other == 3
print(list(iter(tick, Eq())) if False else list(iter(lambda: 3 if counter[0] > 20 else tick(), 3)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
def boom():
    raise ValueError("inside")
try:
    list(iter(boom, None))
except ValueError as e:
    print("ValueError", e)
