d = {}
for w in ['zeta', 'alpha', 'mu', 'beta', 'alpha', 'zeta']:
    d[w] = d.get(w, 0) + 1
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d['alpha']
d['alpha'] = 9
print(d)
d['zeta'] = 0
print(d)
for k in d:
    print(k, d[k])
nums = {}
for i in range(20, 0, -3):
    nums[i] = i * i
print(nums)
