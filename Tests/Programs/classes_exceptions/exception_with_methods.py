# An exception class with its own __init__, __str__ and methods.
class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return "%d %s" % (self.code, self.reason)

    def is_client_error(self):
        return 400 <= self.code < 500


def fetch(path):
    if path == "/missing":
        raise HttpError(404, "Not Found")
    if path == "/boom":
        raise HttpError(500, "Internal Server Error")
    return "200 OK " + path


for p in ["/", "/missing", "/boom"]:
    try:
        print(fetch(p))
    except HttpError as e:
        print("error:", e, "| client:", e.is_client_error(), "| args:", e.args)
