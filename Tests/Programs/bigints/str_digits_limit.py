import sys
print(sys.get_int_max_str_digits())
x = 10 ** 4299
print(len(str(x)))
s = '7' * 4300
print(int(s) % 1000)
sys.set_int_max_str_digits(0)
y = 10 ** 5000
print(len(str(y)))
print(int('1' * 5000) % 97)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
