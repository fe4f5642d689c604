# __subclasses__ lists direct subclasses in creation order.
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B):
    pass


print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()], D.__subclasses__())
