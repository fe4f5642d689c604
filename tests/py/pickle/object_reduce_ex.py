# object.__reduce_ex__ / __reduce__: the default reduction (copyreg forms), reachable through super()
import copy, pickle
class A:
    def __init__(self): self.x = 1
    def __reduce_ex__(self, p):
        r = super().__reduce_ex__(p)
        return r
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
print(A().__reduce_ex__(2)[0].__name__, A().__reduce_ex__(2)[2], copy.copy(A()).x)
s = S(); print(s.__reduce_ex__(2)[2], s.__reduce_ex__(4)[0].__name__, copy.deepcopy(s).a)
print(object().__reduce__()[0].__name__, [].__reduce_ex__(2)[0].__name__, (1, 2).__reduce_ex__(2)[1:])
print(pickle.loads(pickle.dumps(A())).x, pickle.dumps(S(), 2)[:20])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2), copy.copy(R()).__class__.__name__)
print(object.__reduce_ex__.__name__, object.__reduce__.__qualname__)
try: object().__reduce_ex__('x')
except TypeError as e: print(e)
