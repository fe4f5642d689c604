# Calling a metaclass directly with (name, bases, dict), and type() picking up the base metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = "made by Meta"
        return super().__new__(mcls, name, bases, ns)


X = Meta("X", (), {})
print(type(X).__name__, X.tag)
Y = type("Y", (X,), {})
print(type(Y).__name__, Y.tag)
print(type(X) is Meta, isinstance(X, type))
