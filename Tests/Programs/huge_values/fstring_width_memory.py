# A width of 2**62 from a nested field: MemoryError.
n = 2**62
print(f'{1:{7}}|')
s = f'{1:{n}}'
print('not reached')
