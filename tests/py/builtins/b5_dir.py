def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: [n for n in dir(1) if not n.startswith("__")]); t(lambda: dir(str)[:5]); t(lambda: [n for n in dir([]) if not n.startswith("_")]); t(lambda: [n for n in dir({}) if not n.startswith("_")])
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
    def __init__(self): self.z = 3
t(lambda: [n for n in dir(B) if not n.startswith("__")]); t(lambda: [n for n in dir(B()) if not n.startswith("__")]); t(lambda: dir(B()) == sorted(dir(B()))); t(lambda: "__init__" in dir(B)); t(lambda: "__dict__" in dir(B()))
t(lambda: dir())
def f():
    a = 1; b = 2
    return dir()
t(f)
class C:
    def __dir__(self): return ["b", "a", "c"]
t(lambda: dir(C()))
class D:
    def __dir__(self): return 5
t(lambda: dir(D())); t(lambda: dir(1, 2)); t(lambda: dir(x=1))
class E:
    def __dir__(self): return ("z", "y")
t(lambda: dir(E()))
class Sl:
    __slots__ = ("p", "q")
t(lambda: [n for n in dir(Sl()) if not n.startswith("__")])
import sys
t(lambda: "path" in dir(sys)); t(lambda: dir(sys) == sorted(dir(sys)))
