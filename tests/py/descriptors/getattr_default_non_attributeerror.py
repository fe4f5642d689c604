# getattr(obj, name, default) only swallows AttributeError; hasattr likewise.
class C:
    @property
    def bad(self):
        raise ValueError("boom")

    @property
    def missing(self):
        raise AttributeError("gone")


c = C()
print(getattr(c, "missing", "dflt"), hasattr(c, "missing"))
for fn in (lambda: getattr(c, "bad", "dflt"), lambda: hasattr(c, "bad")):
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    getattr(c, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
