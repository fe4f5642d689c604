# Subclass extends a base property's setter via Base.prop.setter.
class Base:
    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, v):
        self._name = v


class Child(Base):
    @Base.name.setter
    def name(self, v):
        Base.name.fset(self, v.upper())


c = Child()
c.name = "abc"
print(c.name)
b = Base()
b.name = "abc"
print(b.name)
print(Child.name is Base.name)
