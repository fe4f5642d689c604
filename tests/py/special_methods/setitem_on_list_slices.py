# list subclass __setitem__/__getitem__ overrides receive slices; builtin errors for bad slice assignment.
class L(list):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


l = L([1, 2, 3, 4])
print(l[1:3], type(l[1:3]).__name__)
l[0:2] = [9]
print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    l[0:1] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
