def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def quick_sort(a):
    if len(a) < 2:
        return a
    pivot = a[len(a) // 2]
    return (quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick_sort([x for x in a if x > pivot]))
seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
ms = merge_sort(data)
qs = quick_sort(data)
print(ms[:10], ms[-10:])
print(ms == qs == sorted(data))
