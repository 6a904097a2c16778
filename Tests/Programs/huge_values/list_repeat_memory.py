# A list of 2**59 items needs 2**62 bytes: MemoryError, never a crash.
items = [0] * 3
print(len(items))
big = [0] * 2**59
print('not reached')
