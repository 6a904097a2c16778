n = 1
print(f"{n}")
x = f"value: {n + 'a'}"
