# An iterable whose __iter__ returns a fresh iterator object each time, so it can
# be looped over more than once (and nested).
class WordsIterator:
    def __init__(self, words):
        self.words = words
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration()
        w = self.words[self.i]
        self.i += 1
        return w


class Sentence:
    def __init__(self, text):
        self.words = text.split()

    def __iter__(self):
        return WordsIterator(self.words)


s = Sentence("the cat sat")
print(list(s), list(s))
for a in s:
    for b in s:
        if a < b:
            print(a, b)
print(dict(zip(s, range(3))), list(enumerate(s)))
print(" ".join(s), len(list(s)))
it = iter(s)
print(type(it).__name__, next(it), next(it))
