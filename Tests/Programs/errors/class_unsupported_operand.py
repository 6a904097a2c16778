# + between instances of two classes without __add__/__radd__.
class A:
    pass


class B:
    pass


print("before")
A() + B()
