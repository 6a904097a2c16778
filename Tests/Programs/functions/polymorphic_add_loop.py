def add(lhs, rhs):
    return lhs + rhs
int_sum = 0
big_sum = 0
float_sum = 0.0
str_len = 0
list_len = 0
bool_sum = 0
big = 2 ** 70
for i in range(3000):
    k = i % 6
    if k == 0:
        int_sum = add(int_sum, i)
    elif k == 1:
        big_sum = add(big_sum, big + i)
    elif k == 2:
        float_sum = add(float_sum, i * 0.5)
    elif k == 3:
        str_len += len(add('ab', str(i)))
    elif k == 4:
        list_len += len(add([i], [i, i]))
    else:
        bool_sum = add(True, bool_sum)
print(int_sum, big_sum, float_sum, str_len, list_len, bool_sum)
checksum = (int_sum + big_sum + int(float_sum) + str_len + list_len + bool_sum) % 1000000007
print(checksum)
print(add(add(1, 2.0), True), add(add('a', 'b'), 'c'), add((1,), (2,)))
