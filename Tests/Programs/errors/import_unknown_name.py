from sys import argv
print(len(argv))
from sys import no_such_name
