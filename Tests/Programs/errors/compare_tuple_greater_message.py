# The error for unorderable items inside tuples names the operator used.
print((1, 2) > (1, 1))
print((1, 'a') > (1, 2))
