# An uncaught user exception class: the last line is "MyError: message" (no
# __main__. prefix).
class MyError(Exception):
    pass


print("about to fail")
raise MyError("message")
