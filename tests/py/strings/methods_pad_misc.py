# Padding, centering, zfill, expandtabs and misc methods.
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".ljust(6, ".")), repr("abc".rjust(6)), repr("abcdef".center(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()))
print("hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans("ab", "xy") == {97: 120, 98: 121})
print("abc".translate(str.maketrans("abc", "ABC")))
print("{} and {}".format("x", "y"), "{1}{0}{1}".format("a", "b"), "{name}={val}".format(name="k", val=3))
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "{0[1]}{1[k]}".format([1, 2], {"k": "v"}))
print("{:.2f} {:5d} {!r}".format(3.14159, 42, "s"), "{{literal}}".format())
class P:
    x = 5
print("{0.x}".format(P()))
