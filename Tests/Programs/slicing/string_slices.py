s = 'Hello, World!'
print(s[:5], s[7:], s[-6:-1], s[::-1], s[::2], s[1::3])
print(repr(s[5:5]), repr(s[20:]), s[-100:3])
print(s[len(s) - 1:], s[0:1], s[::-3])
w = 'racecar'
print(w == w[::-1], 'hello'[::-1])
print('abcdef'[1:-1], 'abcdef'[-2::-2])
