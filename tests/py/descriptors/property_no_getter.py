# A property with only a setter: reading it raises "property 'x' of 'C' object has no getter".
class C:
    def setx(self, v):
        self.stored = v

    x = property(None, setx)


c = C()
c.x = 3
print(c.stored)
try:
    c.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(C.x.fget)
