s = 'naïve café ☕ 日本語'
print(s)
print(len(s))
print(s.upper())
print(s[6:10])
print(repr(s))
print([c for c in '日本語'])
print('ß'.upper(), 'ÉCOLE'.lower())
print(repr('\u200b'), repr('\xa0'), repr('\t'))
