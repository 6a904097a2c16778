counter = 0
def incr():
    global counter
    counter += 1
    return counter
for _ in range(5):
    incr()
print(counter)
def make():
    global created
    created = 'made in function'
make()
print(created)
total = 100
def shadow():
    total = 1
    return total
print(shadow(), total)
def reads():
    return total * 2
print(reads())
