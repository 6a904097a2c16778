import sys
print(sys.argv[1:], len(sys.argv))
print(sys.argv[0].endswith('argv_none.py'))
