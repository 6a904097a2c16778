import math
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)
try:
    math.nothing
except AttributeError as e:
    print(e)
x = 5
try:
    del y
except NameError as e:
    print(e)
