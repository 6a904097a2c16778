for i in range(5):
    pass
print(i)
for j in []:
    pass
j = 'unchanged'
print(j)
for k in range(3):
    k = k * 10
    print(k)
print(k)
lst = [1, 2, 3]
for item in lst:
    item += 100
print(lst)
for idx in range(len(lst)):
    lst[idx] += 100
print(lst)
