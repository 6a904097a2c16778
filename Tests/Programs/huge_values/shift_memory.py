# 1 << 2**61 needs 2**58 bytes: MemoryError (GMP would abort).
print(1 << 100)
x = 1 << 2**61
print('not reached')
