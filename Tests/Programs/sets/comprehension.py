print({x * 7 for x in range(20)})
print({x % 5 for x in range(100)})
print({(x, y) for x in range(3) for y in range(3) if x != y})
print({x for x in [3, 1, 3, 2, 1]})
n = 10
print({i * n for i in range(5) if i % 2})
words = ["apple", "bob", "cat", "anna"]
print(sorted({w[0] for w in words}))
print({len(w) for w in words})
