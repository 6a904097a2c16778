print(int('0'), int('-0'), int('+0'), int('0000'), int('0x0', 16), int('0b0', 0))
print(int('7' * 30), int('-' + '7' * 30))
print(int(' \n 12 \t'), int('1_2_3'), int('0x_1f', 16), int('0o_17', 0))
print(int('ZZ', 36), int('zz', 36), int('11', 36), int('10', 2), int('-10', 16))
