s = 'f' * 40
n = int(s, 16)
print(n)
print(hex(n) == '0x' + s)
print(int('-' + '1' * 70, 2))
print(int('z' * 20, 36))
print(bin(2 ** 70 + 1))
print(oct(-(8 ** 30)))
