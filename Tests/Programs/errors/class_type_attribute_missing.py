# Reading an attribute a class object does not have.
class Config:
    debug = False


print(Config.debug)
print(Config.verbose)
