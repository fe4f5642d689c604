# A descriptor with __set__ but no __get__: reading on the instance returns instance dict or the descriptor itself.
class S:
    def __set__(self, obj, value):
        obj.__dict__["x"] = value * 10


class C:
    x = S()


c = C()
print(type(c.x).__name__)
c.x = 2
print(c.__dict__)
print(c.x)
print(type(C.x).__name__)
