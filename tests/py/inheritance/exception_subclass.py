# Exception subclasses: custom __init__/__str__, args, and catching by base.
class MyError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class Quiet(Exception):
    def __str__(self):
        return "quiet!"


try:
    raise MyError(4, "bad value")
except ValueError as e:
    print(type(e).__name__ + ":", e, e.code, e.args)
try:
    raise Quiet(1, 2)
except Exception as e:
    print(type(e).__name__ + ":", e, e.args, repr(e))
print([k.__name__ for k in MyError.__mro__])
