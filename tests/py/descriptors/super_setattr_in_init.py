# super().__setattr__ and object.__setattr__ bypass an overriding __setattr__.
class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")


f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(type(e).__name__ + ":", e)
object.__setattr__(f, "y", 5)
print(f.y, sorted(vars(f)))
try:
    object.__setattr__(1, "y", 5)
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
