import time

# A name of its own: the test runs every mode at once.
path = "/tmp/adder_with_no_as_" + str(int(time.time() * 1e9)) + ".txt"
f = open(path, "w")
with f:
    f.write("data")
print(f.closed)
with open(path) as f:
    data = f.read()
print(data)
