import sys
def finish(code):
    print('finishing with', code)
    sys.exit(code)
finish(3)
print('not reached')
