pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (FileNotFoundError, OSError), (ValueError, Exception),
]
for sub, base in pairs:
    try:
        raise sub("m")
    except base:
        print(sub.__name__, "is a", base.__name__)
    except BaseException:
        print(sub.__name__, "is not a", base.__name__)
