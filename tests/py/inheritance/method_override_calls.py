# Base methods calling self.method() dispatch to the subclass override.
class Base:
    def run(self):
        return "run:" + self.step()

    def step(self):
        return "base"


class Child(Base):
    def step(self):
        return "child"


print(Base().run(), Child().run())
print(Base.run(Child()))
print(Base.step(Child()))
