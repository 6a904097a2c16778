# A set's `in` test and its for loop get a monomorphic case (a type guard and the helper):
# after the first execution every one hits.
# statcheck: 11:12 in state=monomorphic misses=1 hitrate>=99.8
# statcheck: 18:5 next state=monomorphic misses=1
# statcheck: 25:9 |= state=monomorphic misses=1


def count_members(s, n):
    hits = 0
    for i in range(n):
        if i in s:
            hits += 1
    return hits


def total(s):
    t = 0
    for x in s:
        t += x
    return t


def grow(s, pieces):
    for piece in pieces:
        s |= piece
    return s


evens = {i for i in range(0, 2000, 2)}
print(count_members(evens, 2000))
print(total(evens))
print(len(grow(set(), [{i, i + 1} for i in range(0, 100, 3)])))
