# find/rfind/index/count/startswith/endswith with start/end beyond or before the string.
s = 'abc'
for sub in ['', 'a', 'c', 'bc', 'x']:
    for start in [None, -5, -1, 0, 2, 3, 4]:
        for end in [None, -1, 0, 3, 9]:
            print(repr(sub), start, end, s.find(sub, start, end), s.rfind(sub, start, end),
                  s.count(sub, start, end), s.startswith(sub, start, end), s.endswith(sub, start, end))
u = 'héllo wörld'
print(u.find('ö'), u.rfind('l'), u.index('w'), u.rindex('l', 0, 5), u.count('l'), u.count('', 9), u.find('', 12))
print(u.startswith(('x', 'hé')), u.endswith(('ld', 'q'), 0, 11), u.endswith('wö', 0, 8), u.startswith(()))
