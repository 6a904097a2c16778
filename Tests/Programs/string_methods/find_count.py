s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o'))
print(s.index('quick'), s.rindex('o'), s.find('o', 20, 30), s.find(''))
print(s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'), s.count('o', 15))
print(s.startswith('the'), s.startswith('quick', 4), s.endswith('dog'), s.endswith(('cat', 'dog')))
print(s.startswith(('a', 'b')), 'abc'.startswith(''), 'abc'.endswith('bc', 0, 3))
