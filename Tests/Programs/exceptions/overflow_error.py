try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(e)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
except ArithmeticError as e:
    print("arith", e)
