# getattr/setattr/hasattr/delattr on instances, classes and modules.
import math
class Obj:
    cls_attr = "class level"
    def method(self):
        return "method result"
o = Obj()
setattr(o, "x", 10)
print(getattr(o, "x"), o.x, hasattr(o, "x"), hasattr(o, "y"), getattr(o, "y", "dflt"))
print(getattr(o, "cls_attr"), getattr(Obj, "cls_attr"), getattr(o, "method")())
print(getattr(math, "pi"), hasattr(math, "sqrt"), hasattr(math, "nonexistent"), getattr(math, "sqrt")(9))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    math.nonexistent
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "nothing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
name = "dyn"
setattr(Obj, name, lambda self: "dynamic method")
print(o.dyn())
for attr in ["a", "b", "c"]:
    setattr(o, attr, attr.upper())
print(sorted(vars(o).items()), o.__dict__ == vars(o))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
