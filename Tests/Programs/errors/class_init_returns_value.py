# __init__ must return None.
class Bad:
    def __init__(self):
        self.x = 1
        return 42


print("before")
Bad()
