# Raising a user exception class itself (no arguments): just its name.
class Stop(Exception):
    pass


def run():
    print("running")
    raise Stop


run()
