try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(e.__suppress_context__)
    print(e.__context__ is e.__cause__)

try:
    raise RuntimeError("r") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise RuntimeError from ValueError("v")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
