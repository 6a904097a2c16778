# Found by probing classes: property attributeerror falls back to getattr (fixed).
class PG:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(PG().p)
