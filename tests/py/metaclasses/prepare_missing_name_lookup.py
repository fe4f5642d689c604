# With a __prepare__ namespace that is a dict subclass, class-body name lookups go through __getitem__/__missing__.
class AutoNS(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()


class C(metaclass=Meta):
    value = auto_thing
    length = len("abc")


print(C.value, C.length)
