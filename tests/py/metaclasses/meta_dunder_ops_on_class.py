# Operator dunders defined on the metaclass apply to classes themselves.
class Meta(type):
    def __len__(cls):
        return 7

    def __add__(cls, other):
        return cls.__name__ + "+" + other.__name__

    def __iter__(cls):
        return iter(["a", "b"])

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"


class A(metaclass=Meta):
    pass


class B(metaclass=Meta):
    pass


print(len(A), A + B, list(A), repr(A), str(A))
