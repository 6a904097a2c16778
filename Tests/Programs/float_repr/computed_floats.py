total = 0.0
for i in range(1, 21):
    total += 1 / i
    print(i, total)
acc = 0.0
for i in range(10):
    acc += 0.1
print(acc, acc == 1.0)
print(sum([0.1] * 10), 0.1 * 10)
print(2 ** 0.5 * 2 ** 0.5, 10 / 3 * 3)
