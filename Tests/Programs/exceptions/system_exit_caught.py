import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit caught", e.args)
print("still running")
