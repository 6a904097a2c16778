# open() takes newline=None/''/'\n' and errors='strict', which ask for what Adder's text files do.
import time
p = "/tmp/adder-corpus-open-keywords-" + str(int(time.time() * 1e9)) + ".txt"
with open(p, "w", encoding="utf-8", newline="") as f:
    f.write("a,b\n")
with open(p, newline="", errors="strict") as f:
    print(repr(f.read()))
with open(p, "a", newline="\n", errors=None) as f:
    f.write("c\n")
with open(p, newline=None) as f:
    print(f.readlines())
