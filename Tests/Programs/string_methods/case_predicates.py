# istitle/isprintable/isidentifier/isascii, casefold, title/capitalize/swapcase per code point.
for t in ['Hello World', 'hello', 'HELLO', 'Hello world', '', '123', 'A1 B2', "They'Re", 'Ab Cd', 'ǅungla']:
    print(repr(t), t.istitle(), t.isupper(), t.islower(), t.title(), t.capitalize(), t.swapcase(), t.casefold())
for t in ['abc', 'a b', '', '\t', 'é', '\x7f', '\u200b', 'a\nb', ' ', '½']:
    print(repr(t), t.isprintable(), t.isascii(), t.isspace(), t.isalnum(), t.isnumeric(), t.isdigit())
for t in ['abc', '_x', '1a', 'a1', '', 'é', 'a-b', 'def', '__init__', 'x y']:
    print(repr(t), t.isidentifier())
print('Straße'.casefold(), 'ΣΑΣ'.casefold(), 'ß'.capitalize(), 'ǆa'.title(), 'MiXeD 123'.swapcase())
print('Straße'.casefold() == 'STRASSE'.casefold(), 'hi'.center(7, '*'), 'odd'.center(6, '-'), 'ab'.center(5, 'é'))
