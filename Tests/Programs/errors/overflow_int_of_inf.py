print(round(1e300) > 0)
print(int(float('inf')))
