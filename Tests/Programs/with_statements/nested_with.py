import time

# A name of its own: the test runs every mode at once.
path_a = "/tmp/adder_with_nested_a_" + str(int(time.time() * 1e9)) + ".txt"
path_b = "/tmp/adder_with_nested_b_" + str(int(time.time() * 1e9)) + ".txt"
with open(path_a, "w") as a:
    with open(path_b, "w") as b:
        a.write("A")
        b.write("B")
    print(b.closed, a.closed)
print(a.closed)
with open(path_a) as a, open(path_b) as b:
    print(a.read() + b.read())
print(a.closed, b.closed)
