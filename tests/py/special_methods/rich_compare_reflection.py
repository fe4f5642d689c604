# Rich comparison reflection: a < b falls back to b > a; == to b == a.
class A:
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented

    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented


class B:
    def __gt__(self, o):
        print("B.__gt__")
        return "gt result"

    def __eq__(self, o):
        print("B.__eq__")
        return "eq result"


print(A() < B())
print(A() == B())
print(B() > A())
