# stdin is empty here: input() writes its prompt, then raises EOFError.
print('asking')
answer = input('name? ')
print('not reached')
