# __set_name__ is called at class creation with the owner and attribute name, in definition order.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)


class Model:
    a = Field()
    b = Field()


m = Model()
print(m.a, m.b)
print(Model.a.name, Model.b.name)
