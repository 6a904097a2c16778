# Constant subscript keys (`b[3] -= d`, `x[1] = i`, `t[2]`) are immediates in the list and tuple
# cases, also when the constant was loaded before a dupTwo and a rotThree; out-of-range constants
# take the slow path and raise CPython's IndexError.
# statcheck: 37:5 []= state=monomorphic hits>=1999
# statcheck: 36:9 [] state=monomorphic hits>=1999
b = [1.0, 2.0, 3.0, 4.0]
t = (5, 6, 7)
s = 0.0
for i in range(3000):
    b[3] -= 0.5
    b[0] += b[1] * 2
    s += t[2] + t[0]
    b[2] = b[3]
    if i == 2000:
        b = [1.0, 2.0]
        try:
            b[3] -= 1
        except IndexError as e:
            print("IndexError", e)
        try:
            b[2] = 5
        except IndexError as e:
            print("IndexError", e)
        b = [9.0, 8.0, 7.0, 6.0]
    if i == 2500:
        t = (1,)
        try:
            print(t[2])
        except IndexError as e:
            print("IndexError", e)
        t = (4, 5, 6, 7)
print(b, s)
x = [0, 1, 2]
y = {3: "a"}
for i in range(2000):
    z = x[2]
    x[1] = i
    c = x
    c[2] += 1
print(x, z)
