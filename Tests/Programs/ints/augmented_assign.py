x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
x /= 2
print(x)
y = 6
y &= 3
print(y)
y |= 8
print(y)
y ^= 15
print(y)
y <<= 3
print(y)
y >>= 2
print(y)
z = -17
z //= 5
print(z)
z = -17
z %= 5
print(z)
