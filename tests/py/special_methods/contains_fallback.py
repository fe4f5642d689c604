# `in` uses __contains__, else __iter__, else __getitem__; result of __contains__ is coerced to bool.
class WithContains:
    def __contains__(self, x):
        return x == "yes" and "truthy string"


class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i


print("yes" in WithContains(), "no" in WithContains(), "no" not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(1 in WithGetitem(), 7 in WithGetitem())
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__ + ":", e)
