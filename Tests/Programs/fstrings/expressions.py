items = ['a', 'b', 'c']
d = {'key': 'value'}
print(f'{len(items)} items: {", ".join(items)}')
print(f'{d["key"]}')
print(f'{items[-1].upper()}')
print(f'{3 if True else 4}')
print(f'{(lambda q: q * 2)(21)}')
print(f'{[i * i for i in range(5)]}')
print(f'{1 + 2}{3 + 4}')
print(f'{"a" "b"}')
print(f'{10 / 4}')
print(f'{"%d" % 5}')
print(f'{f"{1}"}')
