text = 'one\ntwo\r\nthree\rfour\n\nfive\n'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), 'single'.splitlines(), '\n'.splitlines())
print('key=value=x'.partition('='), 'novalue'.partition('='))
print('a/b/c'.rpartition('/'))
