# Fannkuch-redux (Computer Language Benchmarks Game): for every permutation
# of 1..N, count the prefix reversals ("pancake flips") until 1 is in front.
# Measures small-int arithmetic, list indexing and stores, tight loops.
# Slices are avoided on purpose: the flips are explicit swap loops.
# Usage: fannkuch_redux.py [N]   Prints the checksum and the maximum flips.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # next permutation (the benchmark's rotation order)
        while True:
            if r == n:
                return [checksum, max_flips]
            perm0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


n = 9
if len(sys.argv) > 1:
    n = int(sys.argv[1])
res = fannkuch(n)
print(res[0])
print("Pfannkuchen(%d) = %d" % (n, res[1]))
