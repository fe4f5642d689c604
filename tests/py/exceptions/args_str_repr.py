# args, str() and repr() of exceptions with 0, 1, 2 args; KeyError quirk.
for e in [ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42), ValueError(""),
          ValueError(None), ValueError(("t",)), KeyError(), KeyError("k"), KeyError("k", "l"),
          KeyError(1), KeyError(""), IndexError("i"), Exception([1, 2]), ZeroDivisionError("x", 1, None)]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 2)
print(e, e.args)
print(str(StopIteration(3)), repr(StopIteration()), repr(SystemExit(2)), SystemExit("m").code, SystemExit().code)
try:
    {}["missing key"]
except KeyError as err:
    print(str(err), repr(err), err.args)
try:
    {}[("tup", 1)]
except KeyError as err:
    print(str(err), err.args)
