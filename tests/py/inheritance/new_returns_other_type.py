# If __new__ returns an object that isn't an instance of cls, __init__ is skipped.
class Other:
    def __init__(self):
        print("Other.__init__")


class C:
    def __new__(cls, kind):
        if kind == "other":
            return Other.__new__(Other)
        if kind == "int":
            return 42
        return super().__new__(cls)

    def __init__(self, kind):
        print("C.__init__", kind)


print(type(C("self")).__name__)
print(type(C("other")).__name__)
print(C("int"))
