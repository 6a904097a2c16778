def in_try():
    try:
        return "try"
    finally:
        print("finally runs")

def in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("finally after except")

def in_finally():
    try:
        return "try"
    finally:
        return "finally wins"

def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"

def value_order():
    x = 1
    try:
        return x
    finally:
        x = 2

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

for f in [in_try, in_except, in_finally, swallow, value_order, nested]:
    print(f())
