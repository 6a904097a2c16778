# Ordering instances that define no comparisons.
class A:
    pass


class B:
    pass


print(A() == B())
print(A() < B())
