# str() of various objects and str subclass behavior.
print(str(), str(0), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": [1]}), str({1}))
print(str(b"bytes"), str(b"x", "ascii"), str(bytearray(b"ab"), "utf-8"))
class S:
    def __str__(self):
        return "custom"
class R:
    def __repr__(self):
        return "R()"
print(str(S()), str(R()), repr(R()), [R()], str([S()]).startswith("[<"))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), len(m), m + "x", type(m + "x").__name__, isinstance(m, str), m == "hey")
print(repr(m), m[1], type(m[1]).__name__)
