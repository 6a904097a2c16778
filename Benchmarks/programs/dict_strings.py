# Dictionaries and strings: generate pseudo-random "words" with a linear
# congruential generator, build them with f-strings and concatenation, count
# them in a dict, then walk the dict. Measures str building and hashing,
# dict get/set, int arithmetic. Usage: dict_strings.py [N]
import sys

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze"]


def run(n):
    counts = {}
    seed = 12345
    total_len = 0
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = SYLLABLES[seed % 10]
        b = SYLLABLES[(seed // 10) % 10]
        c = SYLLABLES[(seed // 100) % 10]
        word = f"{a}{b}" + c
        if (seed // 1000) % 4 == 0:
            word = word + str(seed % 7)
        total_len += len(word)
        counts[word] = counts.get(word, 0) + 1
    best = ""
    best_count = 0
    checksum = 0
    for word in counts:
        k = counts[word]
        checksum = (checksum * 31 + k * len(word)) % 1000000007
        if k > best_count or (k == best_count and word < best):
            best = word
            best_count = k
    return [len(counts), total_len, best, best_count, checksum]


n = 1000000
if len(sys.argv) > 1:
    n = int(sys.argv[1])
r = run(n)
print("dict_strings %d words=%d chars=%d top=%s x%d checksum=%d" % (n, r[0], r[1], r[2], r[3], r[4]))
