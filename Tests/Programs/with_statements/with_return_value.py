import time

# A name of its own: the test runs every mode at once.
path = "/tmp/adder_with_return_" + str(int(time.time() * 1e9)) + ".txt"
with open(path, "w") as f:
    f.write("hello")

def first_char():
    with open(path) as f:
        try:
            return f.read()[0]
        finally:
            print("inner finally, closed:", f.closed)

print(first_char())

def raises_inside():
    with open(path) as f:
        raise KeyError("k")

try:
    raises_inside()
except KeyError as e:
    print("propagated", repr(e))
