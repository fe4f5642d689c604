def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: [1, 2] < [1, 3]); t(lambda: [1, 2] < [1, 2, 0]); t(lambda: [1] < ["a"]); t(lambda: [1] == [1.0]); t(lambda: [] < ()); t(lambda: [1] == (1,)); t(lambda: [[1]] < [[2]]); t(lambda: [1, 2] >= [1, 2]); t(lambda: [2] > [1, 9])
t(lambda: l + [3] if False else [1, 2] + [3]); t(lambda: [] + "a"); t(lambda: [1] * 2**62); t(lambda: [1] * "a"); t(lambda: "a" * [1]); t(lambda: [1] * 2.0); t(lambda: [1, 2] * True)
l = [1]; l += (2,); l += "ab"; l *= 2; t(lambda: l)
def bad():
    l = [1]; l += 1
t(bad)
t(lambda: [].__imul__(2)); t(lambda: [1].__iadd__((5,))); t(lambda: [1].__add__((5,))); t(lambda: [1].__mul__(2)); t(lambda: [1].__rmul__(2)); t(lambda: [1].__contains__(1)); t(lambda: list.__len__([1]))
