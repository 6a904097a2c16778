import sys
def check(args):
    if len(args) < 5:
        print('usage error')
        sys.exit(4)
check(sys.argv)
print('unreachable')
