# An uncaught exception subclass with several arguments prints their tuple.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, value):
        super().__init__(key, value)
        self.key = key


print("loading")
raise ConfigError("port", 80)
