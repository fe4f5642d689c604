# Default __ne__ inverts __eq__ unless __eq__ returns NotImplemented.
class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq called")
        return isinstance(o, C) and self.v == o.v


print(C(1) != C(1))
print(C(1) != C(2))


class D:
    def __eq__(self, o):
        return "truthy"


print(D() != D())
