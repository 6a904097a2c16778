print('this must not be printed')
from math import *
print(sqrt(4))
