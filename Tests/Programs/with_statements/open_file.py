import time

# A name of its own: the test runs every mode at once.
path = "/tmp/adder_with_open_file_" + str(int(time.time() * 1e9)) + ".txt"
with open(path, "w") as f:
    f.write("line one\nline two\n")
    print(f.closed)
print(f.closed)
with open(path) as f:
    for line in f:
        print(line.rstrip())
print(f.closed)
