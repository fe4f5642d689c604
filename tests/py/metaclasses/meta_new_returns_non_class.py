# If a metaclass __new__ returns a non-instance of the metaclass, __init__ is skipped.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        return {"name": name}

    def __init__(cls, *a):
        print("Meta.__init__ should not run")


class C(metaclass=Meta):
    pass


print(C)
