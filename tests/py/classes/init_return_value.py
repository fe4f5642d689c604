# __init__ returning something other than None: '__init__() should return None, not 'int''.
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print('TypeError:', e)
class D:
    def __init__(self):
        return None
print(type(D()).__name__)
class E:
    def __init__(self):
        return 'x'
try:
    E()
except TypeError as e:
    print('TypeError:', e)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NotMine())
class Other: pass
class MakesOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('not called either')
print(type(MakesOther()).__name__)
class Sub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __init__(self, v):
        print('Sub.__init__', v, int(self))
print(Sub(4))
