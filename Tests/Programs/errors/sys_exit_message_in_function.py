import sys
def fail(reason):
    sys.exit('error: ' + reason)
print('working')
fail('disk full')
