# Mixins contributing properties and methods; lookup uses the first class in the MRO.
class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items())) + "}"

    @property
    def kind(self):
        return "json"


class ReprMixin:
    @property
    def kind(self):
        return "repr"

    def __repr__(self):
        return f"{type(self).__name__}({self.to_json()})"


class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.to_json(), p.kind, repr(p))
print([k.__name__ for k in Point.__mro__])
