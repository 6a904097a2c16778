def fetch(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError("missing " + key) from None

fetch({}, "name")
