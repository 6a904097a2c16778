print("start")
try:
    1 / 0
except "not a class":
    pass
