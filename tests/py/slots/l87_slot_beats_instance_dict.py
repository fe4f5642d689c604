# Spec L87: a slot (data descriptor) beats an instance-dict entry of the same name.
class C:
    __slots__ = ('a', '__dict__')
c = C()
c.__dict__['a'] = 'dict'
print(hasattr(c, 'a'))
c.a = 'slot'
print(c.a, c.__dict__)
del c.a
print(hasattr(c, 'a'), c.__dict__)
