import time
t1 = time.perf_counter()
s = 0
for i in range(10000):
    s += i
t2 = time.perf_counter()
print(s, t2 >= t1, type(t2 - t1).__name__)
w1 = time.time()
w2 = time.time()
print(w2 >= w1, w1 > 1600000000)
