# super() without arguments: method resolution along the MRO, cooperative calls, __class__ cell.
class A:
    def who(self): return ['A']
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
class B(A):
    def who(self): return ['B'] + super().who()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
    def cls_cell(self): return __class__
print(D().who(), D.cm(), D().cls_cell().__name__)
class E(D): pass
print(E().cls_cell().__name__, E().who())
class Init:
    def __init__(self):
        print('Init.__init__', type(self).__name__)
class Sub(Init):
    def __init__(self):
        super().__init__()
        print('Sub.__init__')
Sub()
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)
class F:
    def m(self):
        return super()
print(type(F().m()).__name__, repr(F().m())[:22])
class G:
    def m(self):
        def inner(): return super().m()
        return inner
try:
    G().m()()
except RuntimeError as e:
    print('RuntimeError:', e)
