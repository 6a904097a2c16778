# Found by probing: star unpack instance iterable (fixed).
class Seq:
    def __iter__(self):
        return iter([1, 2])
try:
    print([*Seq()])
except TypeError as e:
    print(e)
print(*Seq())
