print("adder: not yet")
