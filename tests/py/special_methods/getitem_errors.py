# Subscripting objects lacking __getitem__/__setitem__/__delitem__ gives exact errors.
class G:
    def __getitem__(self, k):
        return k


class N:
    pass


for fn in ("N()[0]", "G()[0] ; g = G(); g[0] = 1", "5[0]", "None[0]", "len(5)"):
    try:
        exec(fn)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    del G()[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
