# Changing a dict's size while iterating over it raises CPython's RuntimeError (and keeps raising);
# a key removed and added back shows up as more keys than there were; changing values is fine.
d = {i: i for i in range(5)}
try:
    for k in d:
        print("visit", k)
        del d[k]
except RuntimeError as ex:
    print(ex)
print(d)
d2 = {1: 1}
try:
    for k in d2:
        d2.pop(k)
        d2[k] = 6
    print("no error", d2)
except RuntimeError as ex:
    print(ex)
d3 = {"a": 1, "b": 2}
for k in d3:
    d3[k] = d3[k] * 10
print(d3)
it = iter(d3.items())
next(it)
d3["c"] = 3
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as ex:
        print(attempt, ex)
for k, v in {1: 2, 3: 4}.items():
    print(k, v)
