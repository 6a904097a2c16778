# A class body inside a function binds its own names (class attributes) even when a method reads
# the function's variable of the same name, which it leaves alone.
def outer():
    y = 'enc'
    class D:
        y = 'cls'
        def m(self):
            return y
    print(D.__dict__.get('y'), D().m(), y)
    z = 1
    class E:
        w = z + 1
        def get(self):
            return z
    z = 5
    print(E.w, E().get())
outer()
