# str subclass: methods return plain str; overridden __str__/__len__ respected by builtins.
class S(str):
    def __len__(self):
        return 99

    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(s, repr(s), len(s), s.shout(), type(s.upper()).__name__, type(s + "x").__name__)
print(type(s[0]).__name__, type(s * 2).__name__, type(str(s)).__name__)
print(s == "hi", "h" in s, s.startswith("h"))


class T(str):
    def __str__(self):
        return "custom"


t = T("real")
print(str(t), f"{t}", "%s" % t, t + "")
print(print is not None and t)
