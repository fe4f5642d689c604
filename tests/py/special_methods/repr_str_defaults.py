# str() falls back to __repr__; repr() doesn't use __str__; print uses str.
class OnlyRepr:
    def __repr__(self):
        return "R()"


class OnlyStr:
    def __str__(self):
        return "S-str"


print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
print(OnlyRepr())
print(OnlyStr(), f"{OnlyStr()}", f"{OnlyRepr()!r}", "%s %r" % (OnlyStr(), OnlyRepr()))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
