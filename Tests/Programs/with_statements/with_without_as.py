path = "/tmp/adder_with_no_as.txt"
f = open(path, "w")
with f:
    f.write("data")
print(f.closed)
with open(path) as f:
    data = f.read()
print(data)
