# Method calls on instances of small classes: getters, setters, a method
# calling other methods, attribute reads and writes, instance creation.
N = 2_600_000


class Counter:
    def __init__(self, start, step):
        self.value = start
        self.step = step
        self.calls = 0

    def get(self):
        return self.value

    def set(self, v):
        self.value = v

    def get_step(self):
        return self.step

    def bump(self):
        self.calls += 1
        self.set(self.get() + self.get_step())
        if self.value > 1_000_000:
            self.value -= 1_000_000
        return self.value


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def norm1(self):
        return abs(self.x) + abs(self.y)


def main():
    counters = [Counter(i, i % 5 + 1) for i in range(8)]
    total = 0
    for i in range(N):
        c = counters[i & 7]
        total += c.bump()
        if i % 3 == 0:
            c.step = c.get_step() % 7 + 1
    p = Point(0, 0)
    d = Point(1, -2)
    for i in range(N // 2):
        p = p.add(d)
        if i % 997 == 0:
            p.scale(-1)
        total += p.norm1() & 0xFF
    calls = 0
    for c in counters:
        calls += c.calls
        total += c.get()
    print(f"method checksum: {total} {calls} {p.x} {p.y}")


main()
