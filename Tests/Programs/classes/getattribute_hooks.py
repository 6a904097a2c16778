# Found by probing: getattribute hooks (fixed).
class GA:
    def __getattribute__(self, n):
        return "ga"
print(GA().anything)
