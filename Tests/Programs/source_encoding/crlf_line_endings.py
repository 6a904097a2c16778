# CRLF line endings: CPython reads source with universal newlines.
text = """a
b
"""
print(repr(text), len(text))
total = 1 + \
    2  # a comment ending in CRLF
print(total)
print(repr("""xy"""))
def f():
    return 3
print(f())
