def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Ann', 'Hi'))
print(greet('Ann', punct='?'))
print(greet(greeting='Yo', name='Bob'))
print(greet('Cy', 'Hey', '.'))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=10, b=2))
