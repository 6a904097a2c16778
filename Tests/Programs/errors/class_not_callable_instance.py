# Calling an instance whose class has no __call__.
class Widget:
    pass


w = Widget()
print(type(w).__name__)
w()
