# Spec A9: keywords and non-ASCII identifiers are legal slot names.
class C:
    __slots__ = ('class', 'None', 'é')
c = C()
setattr(c, 'class', 1)
c.é = 2
print(getattr(c, 'class'), c.é, sorted(k for k in C.__dict__ if not k.startswith('__')))
setattr(c, 'None', 3)
print(getattr(c, 'None'), getattr(C, 'class'))
