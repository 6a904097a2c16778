# partition/rpartition, removeprefix/removesuffix, expandtabs, splitlines(keepends).
for t in ['a=b=c', 'abc', '=', '', 'é=ü']:
    print(t.partition('='), t.rpartition('='))
print('key: value'.partition(': '), 'a.b.c'.rpartition('.'), 'abc'.partition('abc'))
for t in ['test_case.py', 'case.py', 'test_', '']:
    print(repr(t.removeprefix('test_')), repr(t.removesuffix('.py')), repr(t.removeprefix('')))
for t in ['a\tb', '\t', 'ab\tcd\te', '12345678\tx', 'a\nb\tc', 'é\tx']:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(tabsize=2)), repr(t.expandtabs(0)))
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\n\n'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(True), ''.splitlines(), '\n'.splitlines(True))
