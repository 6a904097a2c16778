t = ((1, 2), (3, (4, 5)), ())
print(t, t[1][1][0], len(t[2]))
a, (b, (c, d)), e = t
print(a, b, c, d, e)
print(tuple(tuple(x) for x in [[1], [2, 3]]))
print(((),), ((1,),))
