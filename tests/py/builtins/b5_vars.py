def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class A:
    x = 1
class B(A):
    def __init__(self): self.z = 3
t(lambda: vars(B())); t(lambda: vars(1)); t(lambda: sorted(k for k in vars(A) if not k.startswith("__"))); t(lambda: type(vars(A)).__name__); t(lambda: vars(1, 2)); t(lambda: vars(x=1))
import sys
t(lambda: vars(sys) is sys.__dict__)
def f():
    a = 1
    return vars()
t(f)
class Sl:
    __slots__ = ("p",)
t(lambda: vars(Sl()))
o = B(); vars(o)["new"] = 5; t(lambda: o.new)
class V:
    @property
    def __dict__(self): return {"fake": 1}
t(lambda: vars(V()))
