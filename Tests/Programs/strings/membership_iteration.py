s = 'hello world'
print('o' in s, 'wor' in s, 'xyz' in s, '' in s, 'z' not in s)
for ch in 'abc':
    print(ch, ord(ch))
count = 0
for ch in s:
    if ch in 'aeiou':
        count += 1
print(count)
print(list('hey'), tuple('ab'))
