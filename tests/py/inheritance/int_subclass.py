# int subclass: repr, arithmetic results are plain int, overridden methods used.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"

    def double(self):
        return MyInt(self * 2)


m = MyInt(5)
print(repr(m), str(m), m + 1, type(m + 1).__name__, type(-m).__name__)
print(m.double(), type(m.double()).__name__, isinstance(m, int))
print(m == 5, hash(m) == hash(5), {5: "x"}[m])
print(type(abs(m)).__name__, type(int(m)).__name__, type(+m).__name__)
print(f"{m}", f"{m:03d}", "%d" % m)
