# float('-nan') keeps its sign; round() of a finite float past the largest double raises
# OverflowError, as CPython.
import math
print(math.copysign(1, float('-nan')), math.copysign(1, float('nan')), float('-nan'), float('+NaN'))
for n in (-308, -307, -1, 0, 2):
    try:
        print(round(1.7976931348623157e308, n), round(-1.7976931348623157e308, n))
    except OverflowError as e:
        print('OverflowError', e)
print(round(float('inf'), -2), round(2.5e10, -10))
