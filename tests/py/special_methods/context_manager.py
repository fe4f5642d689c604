# __enter__/__exit__: return of __enter__ bound by `as`; exceptions passed to __exit__.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        print("enter")
        return "value"

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM(False) as v:
    print("body", v)
with CM(True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM(0):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("truthy"):
    1 / 0
print("done")
