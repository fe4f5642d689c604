# Implicit special-method lookup uses the type, ignoring instance attributes and __getattribute__.
class C:
    def __len__(self):
        return 1

    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)


c = C()
c.__len__ = lambda: 99
print(len(c))
print(c.__len__())
