# Bound method equality compares __self__ by identity and __func__ by equality.
class C:
    def m(self):
        pass

    def n(self):
        pass

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


a, b = C(), C()
print(a.m == a.m)
print(a.m == b.m)
print(a.m == a.n)
print(a.m != b.m)
print(hash(a.m) == hash(a.m))
