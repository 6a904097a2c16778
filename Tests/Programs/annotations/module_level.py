# Module-level annotations are evaluated (after the value) and stored in __annotations__;
# annotations inside functions are not evaluated.
def trace(label):
    print('evaluated', label)
    return label

x: trace('int') = trace('value')
y: trace('str')
print(x)
print(__annotations__)
if True:
    z: trace('in if') = 3
for i in range(2):
    w: trace('in for') = i
def f():
    local: undefined_in_function = 1
    bare: also_undefined
    return local
print(f())
items = [0, 0]
items[trace('index')]: trace('subscript annotation')
print(__annotations__)
