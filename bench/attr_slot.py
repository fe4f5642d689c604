# Slot attribute access: reads and writes of __slots__ attributes in tight loops, from
# outside (obj.x) and inside methods (self.x), on one class and, alternating at the same
# code location, on a slotted subclass. attr_dict.py is the same program without __slots__.
N = 3_300_000


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def churn(self, n):
        for i in range(n):
            self.x = (self.x + self.y + i) & 0xFFFF
            self.y = (self.y ^ self.z) + 1
            self.z = (self.z + self.x) & 0xFFF
        return self.x + self.y + self.z


class Vec4(Vec):
    __slots__ = ("w",)

    def __init__(self, x, y, z, w):
        Vec.__init__(self, x, y, z)
        self.w = w


def main():
    total = 0
    a = Vec(1, 2, 3)
    for i in range(N):
        a.x = (a.y + i) & 0xFFFF
        a.y = a.z ^ a.x
        a.z = (a.x + a.y + a.z) & 0xFFF
        total += a.x - a.y + a.z
    pair = (Vec(4, 5, 6), Vec4(7, 8, 9, 10))
    for i in range(N // 2):
        v = pair[i & 1]
        v.x = (v.x * 3 + v.z + i) & 0xFFFF
        v.z = (v.z + v.y) & 0xFFF
        total += v.x + v.y
    total += a.churn(N // 2) + pair[1].churn(N // 4) + pair[1].w
    print(f"attr checksum: {total} {a.x} {a.y} {a.z}")


main()
