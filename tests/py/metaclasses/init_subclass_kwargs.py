# __init_subclass__ keyword arguments and defaults; missing required kwarg is an error.
class Plugin:
    def __init_subclass__(cls, /, name, version=1, **kw):
        super().__init_subclass__(**kw)
        cls.plugin = (name, version)


class P1(Plugin, name="one"):
    pass


class P2(Plugin, name="two", version=3):
    pass


print(P1.plugin, P2.plugin)
try:
    class P3(Plugin):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
