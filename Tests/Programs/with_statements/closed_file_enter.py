path = "/tmp/adder_with_closed.txt"
f = open(path, "w")
f.close()
try:
    with f:
        print("never")
except ValueError as e:
    print("ValueError:", e)
