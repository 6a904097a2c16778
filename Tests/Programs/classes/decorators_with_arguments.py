# Decorators with arguments (a function returning a decorator), on functions and methods.
def repeat(times):
    def decorator(f):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(f(*args))
            return results

        return wrapper

    return decorator


def prefix(text):
    def decorator(f):
        def wrapper(*args):
            return text + str(f(*args))

        return wrapper

    return decorator


@repeat(3)
def hello(name):
    return "hi " + name


@prefix(">> ")
@repeat(2)
def twice(x):
    return x + 1


print(hello("bob"))
print(twice(9))


class Greeter:
    def __init__(self, name):
        self.name = name

    @prefix("Greeter: ")
    def greet(self):
        return "I am " + self.name

    @repeat(2)
    def pair(self, x):
        return (self.name, x)


g = Greeter("ann")
print(g.greet())
print(g.pair(7))
