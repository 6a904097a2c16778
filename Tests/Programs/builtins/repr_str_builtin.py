print(repr(1), repr('a'), repr([1, 'a', 2.0]), repr((1,)), repr({}), repr(None))
print(str('a'), str(['a']), str(("b",)), repr("'"), repr('"'), repr('\'"'))
print(repr(range(3)), repr(range(1, 5, 2)), str(range(0)))
nested = [1, [2, [3, [4, ['deep']]]]]
print(nested, repr(nested) == str(nested))
print(repr(-0.0), repr(1e300 * 10), repr(10 ** 20 * 1.0))
