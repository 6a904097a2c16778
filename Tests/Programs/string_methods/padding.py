print(repr('42'.zfill(5)), repr('-42'.zfill(5)), repr('+7'.zfill(4)), repr('abc'.zfill(2)))
print(repr('hi'.center(6)), repr('hi'.center(7)), repr('hi'.center(7, '*')), repr('odd'.center(6, '-')))
print(repr('hi'.ljust(5)), repr('hi'.rjust(5)), repr('hi'.ljust(5, '.')), repr('hi'.rjust(1)))
for w in range(1, 8):
    print('[' + 'ab'.center(w, '*') + ']')
