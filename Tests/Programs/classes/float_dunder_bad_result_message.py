# Found by probing classes: float dunder bad result message (fixed).
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
