def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "b": 2}
t(lambda: d | {"a": 0}); t(lambda: {"a": 0} | d); t(lambda: d | [1]); t(lambda: [1] | d); t(lambda: d | {}); t(lambda: {} | {})
dd = dict(d); dd |= [("n", 1)]; t(lambda: dd); dd |= {"a": 9}; t(lambda: dd); t(lambda: dd.__ior__(1)); t(lambda: dd.__or__(1))
t(lambda: dict.fromkeys("abc")); t(lambda: dict.fromkeys(["a"], [])); t(lambda: dict.fromkeys(1)); t(lambda: dict.fromkeys()); t(lambda: dict.fromkeys("ab", 1, 2)); t(lambda: dict.fromkeys({"x": 1, "y": 2}, 0)); t(lambda: dict.fromkeys({3, 1}))
t(lambda: {}.fromkeys([1, 2]).keys()); t(lambda: dict.fromkeys(range(3), "v"))
class DD(dict): pass
t(lambda: type(DD.fromkeys("a"))); t(lambda: type(DD(a=1).copy())); t(lambda: type(DD(a=1) | {})); t(lambda: type({} | DD(a=1))); t(lambda: repr(DD(a=1)))
class DI(dict):
    def __init__(self, *a): self.log = "init"; super().__init__(*a)
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
t(lambda: DI.fromkeys("ab", 1)); t(lambda: DI.fromkeys("ab", 1).log)
