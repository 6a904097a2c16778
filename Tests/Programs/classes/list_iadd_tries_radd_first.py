# Found by probing classes: list iadd tries radd first (fixed).
class R:
    def __radd__(self, o):
        return "R.radd"
    def __iter__(self):
        return iter([9])
lst = [1]
lst += R()
print(lst)
