# Exception subclass whose __init__ doesn't call super(): args come from __new__.
class E(Exception):
    def __init__(self, a, b):
        self.a = a


e = E(1, 2)
print(e.args, str(e), repr(e), e.a)


class F(Exception):
    def __init__(self, msg):
        super().__init__("prefix: " + msg)


print(F("x").args, str(F("y")))
