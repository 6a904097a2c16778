x = [y for y in 5]
