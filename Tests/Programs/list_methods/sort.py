a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
mixed = [3, 1.5, -2, 0.0, 2]
mixed.sort()
print(mixed)
print(a.sort(), sorted(a) == a)
