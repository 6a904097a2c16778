def bubble(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
data = [29, 3, 71, -4, 0, 15, 3, 88, -20, 42]
print(bubble(data))
print(insertion(data))
print(insertion(['pear', 'apple', 'fig']), data)
