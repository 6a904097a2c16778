def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        return {}["fallback"]

load("x")
