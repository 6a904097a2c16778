# Many instances of one class, created in a loop, kept in a list and summed.
class Particle:
    def __init__(self, i):
        self.i = i
        self.x = i * 0.5
        self.v = i % 7 - 3

    def step(self):
        self.x += self.v


ps = []
for i in range(5000):
    ps.append(Particle(i))
for _ in range(10):
    for p in ps:
        p.step()
total = 0.0
for p in ps:
    total += p.x
print(len(ps), total)
print(ps[0].x, ps[4999].x, ps[1234].i)
alive = [p for p in ps if p.x > 2000]
print(len(alive))
