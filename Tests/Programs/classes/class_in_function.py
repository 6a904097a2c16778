# A class created inside a function, closing over the function's locals; a new
# class object per call.
def make_counter_class(step):
    class Counter:
        def __init__(self):
            self.n = 0

        def tick(self):
            self.n += step
            return self.n

    return Counter


By2 = make_counter_class(2)
By5 = make_counter_class(5)
a = By2()
b = By5()
a.tick()
a.tick()
b.tick()
print(a.n, b.n, a.tick(), b.tick())
print(By2 is By5, type(a) is type(b), type(a).__name__)
print(isinstance(a, By2), isinstance(a, By5))
