# super() inside classmethods and staticmethod-like usage with explicit args.
class A:
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"

    @staticmethod
    def s():
        return "A.s"


class B(A):
    @classmethod
    def make(cls):
        return "B>" + super().make()

    @staticmethod
    def s():
        return "B>" + super(B, B).s()


class C(B):
    pass


print(B.make(), C.make(), C().make())
print(B.s())
