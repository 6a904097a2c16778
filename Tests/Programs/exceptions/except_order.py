def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception as e:
        return "Exception " + type(e).__name__
    except BaseException:
        return "BaseException"

for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, KeyboardInterrupt, SystemExit]:
    print(classify(exc))
