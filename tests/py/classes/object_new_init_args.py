# object.__new__/__init__ argument errors: 'C() takes no arguments' and object.__init__() taking exactly one argument.
class C: pass
try:
    C(1)
except TypeError as e:
    print('TypeError:', e)
try:
    C(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
class WithInit:
    def __init__(self, a):
        self.a = a
print(WithInit(1).a)
class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(WithNew(1, 2)).__name__)
class CallsObjectInit:
    def __init__(self, a):
        object.__init__(self, a)
try:
    CallsObjectInit(1)
except TypeError as e:
    print('TypeError:', e)
class NewPassesArgs:
    def __init__(self, a): pass
    def __new__(cls, a):
        return object.__new__(cls, a)
try:
    NewPassesArgs(1)
except TypeError as e:
    print('TypeError:', e)
class InitOnly:
    def __init__(self, *a): pass
print(type(object.__new__(InitOnly)).__name__)
try:
    object.__new__(C, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    object.__new__(1)
except TypeError as e:
    print('TypeError:', e)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError:', e)
