import time

# A name of its own: the test runs every mode at once.
path = "/tmp/adder_tb_with_" + str(int(time.time() * 1e9)) + ".txt"
with open(path, "w") as f:
    f.write("x")
    {}["missing"]
