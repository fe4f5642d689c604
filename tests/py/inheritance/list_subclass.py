# list subclass: append override is not used by extend/+; slices/concat return plain list.
class L(list):
    def append(self, x):
        print("append", x)
        super().append(x)


l = L([1, 2])
l.append(3)
l.extend([4])
l += [5]
print(l, type(l).__name__, repr(l))
print(type(l + [1]).__name__, type(l[:]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
print(l == [1, 2, 3, 4, 5], isinstance(l, list))
l2 = L()
print(l2, bool(l2), len(l2))
