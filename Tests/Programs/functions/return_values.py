def none_implicit():
    x = 1
def none_explicit():
    return
def multi():
    return 1, 'two', [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(none_implicit(), none_explicit(), multi(), early(50), early(0))
a, b, c = multi()
print(a, b, c)
def nested_return(x):
    if x > 0:
        if x > 10:
            return 'big'
        return 'small'
    return 'nonpositive'
print(nested_return(20), nested_return(5), nested_return(-1))
