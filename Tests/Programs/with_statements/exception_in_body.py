import time

# A name of its own: the test runs every mode at once.
path = "/tmp/adder_with_exception_" + str(int(time.time() * 1e9)) + ".txt"
try:
    with open(path, "w") as f:
        f.write("x")
        1 / 0
except ZeroDivisionError as e:
    print("caught", e, f.closed)

def in_function():
    with open(path) as g:
        return g.read(), g

text, handle = in_function()
print(text, handle.closed)

for i in range(3):
    with open(path) as h:
        if i == 1:
            continue
        if i == 2:
            break
        print("read", h.read())
    print(h.closed)
print(h.closed)
