path = "/tmp/adder_tb_with.txt"
with open(path, "w") as f:
    f.write("x")
    {}["missing"]
