print(5.0 % 0.0)
