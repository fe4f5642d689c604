# **rest collects the other items in a new dict.
import collections
import types

d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": b, **rest}:
        print(b, rest, rest is d, type(rest).__name__)
print(d)

match d:
    case {**everything}:
        print(everything, everything is d)

match {}:
    case {**empty}:
        print("empty rest", empty)

od = collections.OrderedDict([("x", 1), ("y", 2), ("z", 3)])
match od:
    case {"y": y, **rest}:
        print(y, rest, type(rest).__name__)

# defaultdict: lookups use get(), so missing keys are not created.
dd = collections.defaultdict(list, {"present": [1]})
match dd:
    case {"missing": m}:
        print("matched missing?!", m)
    case {"present": p, **rest}:
        print("present", p, rest)
print(sorted(dd))

# mappingproxy is a mapping.
match types.MappingProxyType({"k": "v", "l": "w"}):
    case {"k": v, **others}:
        print("proxy", v, others)

# Order of the rest follows the subject.
match {3: "c", 1: "a", 2: "b", 0: "z"}:
    case {1: _, **rest}:
        print(list(rest.items()))
