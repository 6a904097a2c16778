# Binary-trees (Computer Language Benchmarks Game): allocate many short-lived
# perfect binary trees and one long-lived one, and walk them. A node is a
# tuple (left, right); a leaf is (None, None). Measures allocation,
# deallocation / garbage collection, recursion and tuple access.
# Usage: binary_trees.py [MAX_DEPTH]   Prints the benchmark's usual lines.
import sys


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left = node[0]
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(node[1])


max_depth = 15
if len(sys.argv) > 1:
    max_depth = int(sys.argv[1])
min_depth = 4
if max_depth < min_depth + 2:
    max_depth = min_depth + 2
stretch = max_depth + 1
print("stretch tree of depth %d\t check: %d" % (stretch, check_tree(make_tree(stretch))))
long_lived = make_tree(max_depth)
depth = min_depth
while depth <= max_depth:
    iterations = 2 ** (max_depth - depth + min_depth)
    check = 0
    for _ in range(iterations):
        check += check_tree(make_tree(depth))
    print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))
    depth += 2
print("long lived tree of depth %d\t check: %d" % (max_depth, check_tree(long_lived)))
