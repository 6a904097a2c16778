# Plain function decorators: wrappers that count calls, log arguments, and stack.
calls = {}


def counted(f):
    calls[f.__name__] = 0

    def wrapper(*args):
        calls[f.__name__] += 1
        return f(*args)

    return wrapper


def logged(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        result = f(*args, **kwargs)
        print("returned", result)
        return result

    return wrapper


@counted
def square(x):
    return x * x


@logged
def add(a, b=0):
    return a + b


@logged
@counted
def cube(x):
    return x * x * x


print(square(3), square(4))
add(1, b=2)
add(5)
cube(2)
print(calls)


def identity(f):
    return f


@identity
def plain():
    return "plain"


print(plain(), plain.__name__)
