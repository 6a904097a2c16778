# User exception classes raised and caught: by their own class, by a base class,
# with arguments, str() of the exception, and attributes set in __init__.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name


class Invalid(AppError):
    pass


def find(name):
    if name == "bad":
        raise Invalid("bad name", 42)
    if name != "ok":
        raise NotFound(name)
    return "found " + name


for n in ["ok", "missing", "bad"]:
    try:
        print(find(n))
    except NotFound as e:
        print("NotFound:", e, e.name, e.args)
    except AppError as e:
        print("AppError:", type(e).__name__, e.args, str(e))
try:
    raise NotFound("x")
except Exception as e:
    print(isinstance(e, AppError), isinstance(e, NotFound), isinstance(e, Invalid))
    print(repr(e))
print(issubclass(NotFound, Exception), issubclass(Invalid, NotFound))
