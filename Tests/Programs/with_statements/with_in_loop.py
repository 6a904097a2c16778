import time

# A name of its own: the test runs every mode at once.
path = "/tmp/adder_with_loop_" + str(int(time.time() * 1e9)) + ".txt"
with open(path, "w") as f:
    for i in range(5):
        f.write(str(i) + "\n")
total = 0
for round in range(200):
    with open(path) as f:
        for line in f:
            total += int(line)
print(total)
