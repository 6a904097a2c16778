def hello():
    return 'hi'
print(hello())
print(hello('x'))
