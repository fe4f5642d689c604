# Classes registered with collections.abc.Sequence / Mapping match sequence and mapping patterns.
import collections.abc
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i): return [10, 20][i]
collections.abc.Sequence.register(MySeq)
match MySeq():
    case [a, b]: print("seq", a, b)
    case _: print("no")
class MyMap:
    def get(self, k, d=None): return {"k": 1}.get(k, d)
    def keys(self): return ["k"]
    def __len__(self): return 1
    def __getitem__(self, k): return {"k": 1}[k]
collections.abc.Mapping.register(MyMap)
match MyMap():
    case {"k": v}: print("map", v)
    case _: print("no")
