try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)

def f():
    print(x)
    x = 1

try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    f()
except NameError as e:
    print("as NameError:", type(e).__name__)
