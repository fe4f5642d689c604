# with statement: __enter__/__exit__ ordering and exception details.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return "value-" + self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val), tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("d"):
        return "returned from with"
print(f())
for i in range(3):
    with CM("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with CM("e") as (x):
    pass
print(x)
