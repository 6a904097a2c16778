# The seed's five calls take one `+` site from monomorphic through polymorphic to megamorphic.
# statcheck: 6:12 + state=megamorphic transitions=0,1,P,N misses.type>=5


def add(lhs, rhs):
    return lhs + rhs


print(add(1, 2))
print(add("Lunch", "Class"))
print(add(3.5, 2.4))
print(add(1, 3.4))
print(add([1, 2, 3], [4, 5, 6]))
