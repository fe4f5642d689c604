# Assigning or deleting a read-only property raises AttributeError with exact messages.
class C:
    @property
    def x(self):
        return 42


c = C()
print(c.x)
try:
    c.x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(c.x)
print("x" in c.__dict__)
