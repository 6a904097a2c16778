samples = ["plain", "it's", 'say "x"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "\r\n", "\x07bell", "\x7f", "\xff", "\u2028", "é", "ñ\u0301", "😀"]
for s in samples:
    print(repr(s), len(s))
print(samples[:4])
