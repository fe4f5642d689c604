# A metaclass __call__ may return anything; __init__ is not called then.
class Meta(type):
    def __call__(cls, *args):
        return ("not an instance", args)


class C(metaclass=Meta):
    def __init__(self):
        print("never")


print(C(1, 2))
