# Keys and items views are set-like: operators build sets, comparisons are by containment.
d = {1: 10, 2: 20, 3: 30, 9: 90}
e = {2: 20, 3: 31, 4: 40, 17: 170}
k, l = d.keys(), e.keys()
print(k | l, k & l, k - l, k ^ l)
print(l | k, l & k, l - k, l ^ k)
print(k | {5, 1}, {5, 1} | k, k & {1, 2, 100}, {1, 2, 100} & k, k - {1}, {1, 50} - k, k ^ {1, 50}, {1, 50} ^ k)
print(k | [7, 8], [7, 8] | k, k & [1, 9, 9], (1, 9) & k, k - range(2), range(5) - k)
print(d.items() | e.items())
print(d.items() & e.items(), d.items() - e.items(), d.items() ^ e.items())
print(e.items() ^ d.items())
print(d.items() & {(1, 10), (2, 99)}, {(1, 10)} & d.items())
print(k == {1, 2, 3, 9}, {1, 2, 3, 9} == k, k == {1}, k != {1}, k == l, k == d.keys())
print(k < {1, 2, 3, 9, 10}, {1, 2} < k, k >= {1}, {1} >= k, k > l, k <= k)
print(d.items() == {(1, 10), (2, 20), (3, 30), (9, 90)}, d.items() == e.items(), d.items() == dict(d).items())
print((1, 10) in d.items(), (1, 20) in d.items(), 5 in d.items(), (9, 90) in d.items())
print(d.values() == d.values(), k == frozenset(k))
s = {0}
t = s
s |= k
print(s, t, s is t)
big = dict.fromkeys(range(0, 200, 7))
print(big.keys() & set(range(50)), set(range(50)) & big.keys())
print(big.keys() & range(30), big.keys() - set(range(100)))
x = {i: i for i in range(40)}
y = {i: -i for i in range(10, 60, 3)}
print(x.items() ^ y.items())
print(x.keys() ^ y.keys(), y.keys() & x.keys(), x.keys() & y.keys())
print(k.isdisjoint({100}), k.isdisjoint([1]), d.items().isdisjoint({(1, 10)}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(big.keys().isdisjoint(range(1, 7)), big.keys().isdisjoint(set(range(3))))
