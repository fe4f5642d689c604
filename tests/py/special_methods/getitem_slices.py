# __getitem__/__setitem__/__delitem__ receive slice objects and tuples of them.
class S:
    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        print("set", k, v)

    def __delitem__(self, k):
        print("del", k)


s = S()
print(s[1], s[1:2], s[::3], s[:], s[1:2, 3], s[..., 1:])
s[1:5] = "v"
s[::2] = 0
del s[2:]
del s[1, 2]
print(s[1:2].start, s[1:2].stop, s[1:2].step)
