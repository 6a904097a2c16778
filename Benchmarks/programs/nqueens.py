# N-queens: count every placement of N non-attacking queens by backtracking.
# Columns and both diagonal directions are tracked in lists of booleans
# (no sets, no bit tricks). Measures recursion, list indexing and stores,
# comparisons and branches. Usage: nqueens.py [N]   Prints the count.
import sys


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = True
                diag1[d1] = True
                diag2[d2] = True
                found += place(row + 1)
                cols[c] = False
                diag1[d1] = False
                diag2[d2] = False
        return found

    return place(0)


n = 12
if len(sys.argv) > 1:
    n = int(sys.argv[1])
print("nqueens", n, solve(n))
