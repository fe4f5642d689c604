# reversed() uses __reversed__, else __len__+__getitem__; errors otherwise.
class R:
    def __reversed__(self):
        return iter("cba")


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(R())), list(reversed(Seq())))


class NoneRev:
    __reversed__ = None


for obj in (object(), NoneRev(), {1: 2}.keys().__class__):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(list(reversed({1: 2, 3: 4})))
