# Found by probing: setattr hooks (fixed).
class S:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
s = S()
s.x = 1
print(s.x)
