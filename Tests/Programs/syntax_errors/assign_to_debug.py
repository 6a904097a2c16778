print("never printed")
__debug__ = 1
