import time

# A name of its own: the test runs every mode at once.
path = "/tmp/adder_with_closed_" + str(int(time.time() * 1e9)) + ".txt"
f = open(path, "w")
f.close()
try:
    with f:
        print("never")
except ValueError as e:
    print("ValueError:", e)
