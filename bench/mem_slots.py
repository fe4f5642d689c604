# Memory: a list of a million live instances of a class with three __slots__ (compare
# mem_plain.py, the same program with an ordinary class). The field values are small ints and
# shared strings, so nearly all of the memory is the instances themselves; scripts/bench shows
# the peak RSS next to the time. A few passes over the list read and write every slot.
N = 1_000_000
WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta")


class Rec:
    __slots__ = ("key", "tag", "weight")

    def __init__(self, key, tag, weight):
        self.key = key
        self.tag = tag
        self.weight = weight


def main():
    recs = [Rec(i & 255, WORDS[i % 7], (i >> 8) & 255) for i in range(N)]
    total = 0
    for r in recs:
        total += r.key * r.weight + len(r.tag)
    for r in recs:
        r.key = (r.key + r.weight) & 255
        r.tag = WORDS[(r.key + len(r.tag)) % 7]
    for r in recs:
        total = (total * 31 + r.key + len(r.tag)) & 0xFFFFFFFF
    print(f"mem checksum: {len(recs)} {total}")


main()
