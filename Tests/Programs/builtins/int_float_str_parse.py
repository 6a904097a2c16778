for s in ('12', '-3', ' 7 ', '1_000', '0'):
    print(repr(s), int(s), float(s))
for s in ('1.5', '-0.0', '1e3', 'inf', '-Infinity', ' 2.50 ', 'NaN', '1_0.5'):
    print(repr(s), float(s))
print(str(int('042')), str(float('042.0')), int(float('1e3')))
