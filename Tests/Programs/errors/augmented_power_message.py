# `**=` is named as such, while `**` says "** or pow()".
x = 2
x **= 3
print(x)
print(pow(2, 10))
x **= "three"
