# Objects with __slots__: creating instances, reading and writing slot attributes, a slotted
# subclass adding its own slots, and methods that update slots (a particle simulation step on
# integers, so the checksum is exact).
N = 3_600_000


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Particle:
    __slots__ = ('pos', 'vel', 'mass')

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def step(self):
        p = self.pos
        v = self.vel
        p.x = (p.x + v.x) % 1000
        p.y = (p.y + v.y) % 1000
        return p.x * self.mass + p.y


class Charged(Particle):
    __slots__ = ('charge',)

    def __init__(self, pos, vel, mass, charge):
        Particle.__init__(self, pos, vel, mass)
        self.charge = charge

    def step(self):
        return Particle.step(self) + self.charge


def main():
    parts = []
    for i in range(1000):
        pos = Vec(i, 2 * i)
        vel = Vec(i % 7 + 1, i % 5 + 1)
        if i % 3:
            parts.append(Particle(pos, vel, i % 11 + 1))
        else:
            parts.append(Charged(pos, vel, i % 11 + 1, i % 4))
    total = 0
    for r in range(N // 1000):
        for p in parts:
            total += p.step()
        for _ in range(100):
            v = Vec(r, r + 1)
            total += v.x + v.y
    print(f"slots checksum: {total}")


main()
