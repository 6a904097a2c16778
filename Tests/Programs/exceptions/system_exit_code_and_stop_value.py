# SystemExit.code and StopIteration.value from the arguments (none, one, several), also on a
# subclass; an uncaught SystemExit with several arguments prints their tuple and exits 1.
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code)
for a in [(), (1,), (1, 2), ("x",)]:
    e = SystemExit(*a)
    print(e.code, StopIteration(*a).value)
class Done(SystemExit):
    pass
print(Done(5).code)
raise SystemExit("a", "b")
