s = 'abc'
print(s + 'def', s * 3, 3 * s, s * 0, s * -2, '' * 5)
t = s
t += 'xyz'
print(s, t)
print('-' * 20)
print('a' + 'b' * 3 + 'c')
print(len(s * 100))
