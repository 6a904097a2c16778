# Found by probing classes: uncaught exception str fails (fixed).
class E(Exception):
    def __str__(self):
        raise RuntimeError("bad")
raise E()
