# A key function that appends to the list being sorted: CPython reports it after the sort and
# drops what was added.
lst = [3, 1, 2]
print(sorted(lst, key=lambda x: lst.append(x) or x), len(lst))
lst.sort(key=lambda x: lst.append(x) or x)
