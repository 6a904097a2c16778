# __hash__ and __eq__ together: hash() calls __hash__; dict lookups call __eq__
# only on hash matches; defining __eq__ alone makes a class unhashable (__hash__ None).
class Word:
    def __init__(self, text):
        self.text = text

    def __eq__(self, o):
        return self.text.lower() == o.text.lower()

    def __hash__(self):
        return len(self.text)

    def __repr__(self):
        return "Word(%r)" % self.text


print(hash(Word("abc")), hash(Word("hello")))
d = {Word("Hello"): 1}
d[Word("HELLO")] = 2
d[Word("world")] = 3
print(d)
print(d[Word("hello")], Word("WORLD") in d, Word("other") in d)


class OnlyEq:
    def __eq__(self, o):
        return True


print(OnlyEq.__hash__ is None, OnlyEq() == 5)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class NegHash:
    def __hash__(self):
        return -1


print(hash(NegHash()))


class Child(Word):
    pass


print(hash(Child("four")), Child("x") == Word("X"))
