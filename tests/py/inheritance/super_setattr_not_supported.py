# super() objects do not support assignment to the parent's attributes via super().x = ...
class A:
    x = 1


class B(A):
    def set(self):
        super().x = 5

    def get(self):
        return super().x


b = B()
try:
    b.set()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(b.get())
