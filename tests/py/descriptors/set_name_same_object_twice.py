# The same descriptor object under two names gets __set_name__ twice; type() also triggers it.
class F:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


f = F()


class C:
    a = f
    b = f


T = type("T", (), {"z": F()})
print(T.__name__)
