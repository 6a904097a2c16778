# An `__init__` that returns a value, called from a cached instantiation site: the same
# TypeError and traceback as CPython, after the site has run it many times.
class Maybe:
    def __init__(self, n):
        self.n = n
        if n == 999:
            return n


items = [Maybe(i) for i in range(1000)]
print(len(items))
