# Assigning an exception's __cause__ (which also suppresses the context), __context__ and
# __suppress_context__, with CPython's checks; an uncaught re-raise prints the manual cause.
e = ValueError('a')
e.__cause__ = TypeError('m')
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = KeyError('c')
print(repr(e.__context__))
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as x:
    print(x)
try:
    e.__suppress_context__ = 1
except TypeError as x:
    print(x)
try:
    raise ValueError('a')
except ValueError as e:
    e.__cause__ = TypeError('manual')
    raise
