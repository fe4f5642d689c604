# int/float/bool/str/list/tuple/dict/set conversions between types.
print(int("5"), int(5.9), int(True), float("2.5"), float(3), bool(""), bool("0"), bool([]), bool([0]))
print(str(12), str(1.0), list("ab"), list((1, 2)), list({1: 2}), tuple([1, 2]), tuple("ab"))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict([("x", 1)], y=2), dict({"k": "v"}), dict(zip([1, 2], "ab")))
print(sorted(set([3, 1, 3])), sorted(set("aba")), sorted(frozenset((1, 2))), list(range(3)))
print(list(map(int, "123")), [float(x) for x in ["1", "2.5", "-inf"]], tuple(str(i) for i in range(3)))
print(bool(None), bool(0.0), bool(-0.0), bool(2), bool(range(0)), bool({}))
print(int(" 10 "), float(" 1e2 "), int(float("1e3")), str(int("007")))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
