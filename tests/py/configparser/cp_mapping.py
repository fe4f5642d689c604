import configparser

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
d = dv
[one]
a = 1
B = two
flag = on
[two]
x = %(d)s-x
""")
print(list(cp), len(cp), "one" in cp, "DEFAULT" in cp, "zzz" in cp)
one = cp["one"]
print(repr(one), one.name, one.parser is cp, list(one), len(one), dict(one))
print(one["a"], one["b"], one["B"], one["d"], "a" in one, "A" in one, "zz" in one)
print(one.get("a"), one.get("zz"), one.get("zz", "fb"), one.get("zz", fallback=3))
print(one.getint("a"), one.getboolean("flag"), one.getfloat("a"), one.getint("zz", 9), one.getint("zz"))
print(cp["two"]["x"], cp["two"].get("x", raw=True), cp["two"].get("x", vars={"d": "V"}))
print(repr(cp["DEFAULT"]), list(cp["DEFAULT"]), dict(cp["DEFAULT"]))
try:
    cp["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    one["missing"]
except KeyError as e:
    print("KeyError", e)
one["new"] = "n"
print(cp.get("one", "new"))
for bad in [1, None]:
    try:
        one["k"] = bad
    except TypeError as e:
        print("TypeError", e)
try:
    one[3] = "v"
except TypeError as e:
    print("TypeError", e)
del one["new"]
print(cp.has_option("one", "new"))
for k in ["new", "d"]:
    try:
        del one[k]
    except KeyError as e:
        print("KeyError", e)
print(one.keys(), list(one.items())[:2], list(one.values())[:2])
cp["three"] = {"k": "v", "n": 5}
print(cp.sections(), cp["three"]["n"])
cp["three"] = {"only": "this"}
print(dict(cp["three"]))
cp["three"] = cp["three"]
print(dict(cp["three"]))
cp["DEFAULT"] = {"nd": "1"}
print(cp.defaults())
del cp["three"]
print(cp.sections())
for k in ["three", "DEFAULT"]:
    try:
        del cp[k]
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(k for k in cp.keys()))
print([(k, repr(v)) for k, v in cp.items()])
print(cp.popitem()[0], cp.sections())
print(cp.popitem()[0], cp.sections())
try:
    cp.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(cp.get("DEFAULT", "nd"), cp.items("DEFAULT"))
cp.update({"u1": {"a": "1"}, "u2": {"b": "2"}})
print(cp.sections(), cp.setdefault("u1") is cp["u1"])
print(cp == cp, isinstance(cp, configparser.RawConfigParser))
s = cp["u1"]
cp.remove_section("u1")
print(s.get("a"))
try:
    s["a"]
except KeyError as e:
    print("KeyError", e)
