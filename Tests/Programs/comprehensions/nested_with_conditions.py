m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in m for x in row if x % 2 == 0])
print([[x * 10 for x in row if x != 5] for row in m])
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
words = ['apple', 'Bob', 'civic', 'Deed', 'eve', 'xyz']
print([w for w in words if w.lower() == w.lower()[::-1]])
print({w[0].lower(): len(w) for w in words})
