# A shift count past 2**61 30-bit digits: OverflowError, as CPython clips it.
print(0 << 10**30, (-1) >> 10**30)
x = 1 << 10**30
print('not reached')
