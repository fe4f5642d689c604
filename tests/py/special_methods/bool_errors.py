# __bool__ must return a bool; exact errors for other return values.
class B:
    def __init__(self, r):
        self.r = r

    def __bool__(self):
        return self.r


print(bool(B(True)), bool(B(False)))
for r in (1, 0, None, "yes"):
    try:
        bool(B(r))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    if B(1):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
