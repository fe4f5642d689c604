# Metaclass __new__ can add/rename attributes before class creation.
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new)


class C(metaclass=Upper):
    value = 1

    def method(self):
        return "m"


print(C.VALUE, C().METHOD(), hasattr(C, "value"))
