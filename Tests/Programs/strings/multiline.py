text = """first line
    indented second
third\tline"""
print(text)
print(len(text.splitlines()))
print(repr(text))
s = ("implicit "
     "concatenation "
     "across lines")
print(s)
