# args: alpha 42 -x 7 last
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
total = 0
for a in sys.argv[1:]:
    if a.isdigit():
        total += int(a)
print(total)
