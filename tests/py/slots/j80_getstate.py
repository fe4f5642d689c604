# Spec J80: object.__getstate__() reads __slots__ from the class dicts (via copyreg._slotnames), not the layout.
class WithPrivate:
    __slots__ = ('__spam',)
    def set(self, v): self.__spam = v
class ___:
    __slots__ = ('__spam',)
class Single:
    __slots__ = 'spam'
class Inh(Single):
    __slots__ = ('eggs', '__weakref__')
w = WithPrivate(); w.set(1)
u = ___(); setattr(u, '__spam', 2)
i = Inh(); i.spam = 3; i.eggs = 4
print(w.__getstate__(), u.__getstate__(), i.__getstate__())
print(WithPrivate.__dict__['__slotnames__'], ___.__slotnames__, sorted(Inh.__slotnames__))
class M:
    __slots__ = ['a', '__dict__']
M.__slots__.append('ghost')
m = M(); m.a = 1; m.z = 2
print(m.__getstate__(), M.__dict__['__slotnames__'])
print(Single().__getstate__(), Inh().__getstate__())
class P: pass
p = P()
print(p.__getstate__())
p.q = 1
print(p.__getstate__(), object().__getstate__())
