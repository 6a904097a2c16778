total = 0
for i in 42:
    total += i
