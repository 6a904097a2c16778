s = 'Python'
print(s[0], s[5], s[-1], s[-6])
for i in range(len(s)):
    print(i, s[i], s[-i - 1])
print('héllo'[1], len('héllo'), len('😀x'), '😀x'[1])
