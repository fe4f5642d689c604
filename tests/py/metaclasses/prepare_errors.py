# __prepare__ must return a mapping: exact TypeError.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class C(metaclass=Meta):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
