# Memory: a list of a million live instances of an ordinary class whose __init__ sets three
# instance attributes (compare mem_slots.py, the same program with __slots__). The field
# values are small ints and shared strings, so nearly all of the memory is the instances and
# their attribute storage; scripts/bench shows the peak RSS next to the time. A few passes over
# the list read and write every attribute.
N = 1_000_000
WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta")


class Rec:
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
