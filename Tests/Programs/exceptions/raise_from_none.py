def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(k) from None

try:
    lookup({}, "name")
except AttributeError as e:
    print(repr(e))
    print(e.__cause__)
    print(repr(e.__context__))
    print(e.__suppress_context__)
