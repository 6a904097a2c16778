# Found by probing: delattr hooks (fixed).
class S:
    def __delattr__(self, n):
        print("del", n)
s = S()
s.x = 1
del s.x
print(s.x)
