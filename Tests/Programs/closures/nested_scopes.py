def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = inner()
        return r, b
    r = middle()
    return r, a
print(outer())
def shadow():
    x = 'outer'
    def f():
        x = 'inner'
        return x
    return f(), x
print(shadow())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return items
    return add, get
add, get = accumulate()
add(1)
add('two')
print(add(3.0), get())
