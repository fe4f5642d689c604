# super() goes through descriptors: properties, and attribute errors on missing names.
class A:
    @property
    def p(self):
        return "A.p of " + type(self).__name__

    data = "A.data"


class B(A):
    @property
    def p(self):
        return "B>" + super().p

    def get_data(self):
        return super().data

    def missing(self):
        return super().nothere


b = B()
print(b.p, b.get_data())
try:
    b.missing()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
