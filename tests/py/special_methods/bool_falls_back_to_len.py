# Truth testing uses __bool__, else __len__, else True; __bool__ takes priority.
class OnlyLen:
    def __len__(self):
        print("len")
        return 0


class Both:
    def __bool__(self):
        print("bool")
        return True

    def __len__(self):
        print("len")
        return 0


class Neither:
    pass


print(bool(OnlyLen()), bool(Both()), bool(Neither()))
print(not OnlyLen())
print("yes" if Both() else "no")
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__ + ":", e)
