def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i, v
    return None
print(first_negative([3, 1, -4, 1, -5]), first_negative([1, 2]))
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return (i, j)
    return (-1, -1)
print(find_pair([2, 7, 11, 15], 9), find_pair([3, 2, 4], 6), find_pair([1], 1))
found = False
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = True
            break
    if found:
        break
print(found, row, v)
