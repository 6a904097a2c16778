# An int rounded with float ndigits: TypeError, even for a tiny float.
print(round(1250, 1))
print(round(1250, 1.2e-52))
