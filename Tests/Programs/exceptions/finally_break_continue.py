def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out

def break_in_except():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                raise ValueError
        except ValueError:
            break
        finally:
            print("tick", n)
    return n

def continue_in_except():
    total = 0
    for i in range(5):
        try:
            total += 10 // (i - 2)
        except ZeroDivisionError:
            continue
        finally:
            total += 1
    return total

def break_in_finally():
    for i in range(3):
        try:
            1 / 0
        finally:
            break
    return "exception dropped by break"

def continue_in_finally():
    count = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            count += 1
            continue
    return count

print(loop_break())
print(loop_continue())
print(break_in_except())
print(continue_in_except())
print(break_in_finally())
print(continue_in_finally())
