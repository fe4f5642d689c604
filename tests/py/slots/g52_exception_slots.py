# Spec G52: BaseException subclasses accept ordinary slots; the dict is already there.
class E(Exception):
    __slots__ = ('a',)
e = E(); e.a = 1; e.z = 2
print(e.__dict__, e.a, list(E.__dict__))
class E2(Exception): pass
print(list(E2.__dict__), E2().__weakref__)
try:
    raise E('msg')
except E as x:
    x.a = 'slot'
    print(x.args, x.a, str(x))
