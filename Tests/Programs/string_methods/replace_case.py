s = 'Hello World Hello'
print(s.replace('Hello', 'Bye'))
print(s.replace('Hello', 'Bye', 1))
print(s.replace('l', ''))
print('aaa'.replace('a', 'bb'), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
print(s.upper(), s.lower())
print('hello world'.title(), "it's a dog's life".title(), 'HELLO wORLD'.capitalize())
print('mIxEd'.swapcase(), 'abc'.capitalize(), ''.capitalize())
