# dict subclass with __init__ calling super().__init__ with kwargs; __contains__/__len__ overrides.
class Config(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.setdefault("debug", False)

    def __contains__(self, k):
        return super().__contains__(k.lower())


c = Config({"a": 1}, b=2)
print(c, "A" in c, "z" in c, len(c))
print(list(c), c.keys() == {"a", "b", "debug"})
