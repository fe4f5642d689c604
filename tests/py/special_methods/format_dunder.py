# format(obj, spec) calls __format__ with the spec; f-strings pass spec and conversions.
class F:
    def __format__(self, spec):
        return f"<{spec}>"

    def __str__(self):
        return "str!"


f = F()
print(format(f), format(f, "abc"), f"{f:xyz}", f"{f!s:>6}", "{:q}".format(f))


class Bad:
    def __format__(self, spec):
        return 1


try:
    format(Bad(), "")
except TypeError as e:
    print(type(e).__name__ + ":", e)
