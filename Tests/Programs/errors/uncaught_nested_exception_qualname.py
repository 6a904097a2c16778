# Found by probing classes: uncaught nested exception qualname (fixed).
class O:
    class Inner(ValueError):
        pass
raise O.Inner("x")
