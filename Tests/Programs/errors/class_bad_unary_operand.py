# Unary minus on an instance without __neg__.
class Box:
    pass


print("before")
print(-Box())
