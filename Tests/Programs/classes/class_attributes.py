# Class attributes are shared by all instances; assignment through an instance
# creates an instance attribute that shadows the class attribute.
class Config:
    level = 1
    names = []

    def show(self):
        return self.level


a = Config()
b = Config()
print(a.level, b.level, Config.level)
Config.level = 2
print(a.level, b.level, Config.level)
a.level = 99
print(a.level, b.level, Config.level)
print(a.show(), b.show())
Config.level = 3
print(a.level, b.level)
a.names.append("x")
b.names.append("y")
print(Config.names, a.names is b.names)
a.names = ["own"]
print(a.names, b.names, Config.names)
print(Config().level)
