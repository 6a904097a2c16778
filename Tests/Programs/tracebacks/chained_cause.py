def fetch(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ValueError("missing " + key) from e

fetch({}, "name")
