# split/rsplit with None and a separator, maxsplit edge cases, Python's whitespace set.
for t in ['  a  b  c  ', 'a b c', '', '   ', 'a\tb\nc\x1cd\x1fe', ' \xa0x\u3000y\u2003 ']:
    for m in [-1, 0, 1, 2]:
        print(t.split(None, m), t.rsplit(None, m), t.split(maxsplit=m), t.rsplit(sep=None, maxsplit=m))
for t in ['a,b,,c,', ',', '', 'a,,b', 'aaa']:
    for m in [-1, 0, 1, 2]:
        print(t.split(',', m), t.rsplit(',', m), t.rsplit(',,', m), t.rsplit('aa', m))
print('k=v'.rsplit('=', 1)[0], 'path/to/file.txt'.rsplit('/', 1), 'path/to/file.txt'.rsplit('.', 1)[-1])
print(repr(' \x1c x \x85'.strip()), repr('\u2028y\u2029'.strip()), repr('xxhixx'.strip('x')), repr('éaé'.rstrip('é')))
print(repr('  left'.lstrip(None)), repr('right  '.rstrip(None)), repr('abc'.strip('')))
