class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)

def sumall(o, n):
    s = 0
    for i in range(n):
        s += getattr(o, "a%d" % i)
    return s

for n in (7, 8, 9, 16, 17, 33):
    b = Big(n)
    print(n, sumall(b, n))

class C20:
    def __init__(self):
        self.a0=0;self.a1=1;self.a2=2;self.a3=3;self.a4=4;self.a5=5;self.a6=6;self.a7=7;self.a8=8;self.a9=9
        self.b0=10;self.b1=11;self.b2=12;self.b3=13;self.b4=14;self.b5=15;self.b6=16;self.b7=17;self.b8=18;self.b9=19

t = 0
for i in range(3000):
    c = C20()
    c.b9 += i
    t += c.a0 + c.a9 + c.b0 + c.b9 + c.b5
    if i % 500 == 0:
        del c.a5
        c.extra = 1
        t += c.extra + c.b9
print(t)
c = C20()
del c.a0; del c.b9; c.a0 = 100
print(list(vars(c).items())[:3], list(vars(c).items())[-2:])
