data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
total = 0
i = 0
while (x := data[i]) != 9:
    total += x
    i += 1
print(total, x, i)
print([y for v in data if (y := v * 2) > 6])
print(y)
print((z := 10) + z)
def f(v):
    return (w := v + 1) * w
print(f(3))
