# Spec A12: duplicate ordinary slot names are not an error; one descriptor in the class dict.
class C:
    __slots__ = ('a', 'a')
print([k for k in C.__dict__ if k == 'a'], C.__slots__)
c = C(); c.a = 1
print(c.a)
del c.a
print(hasattr(c, 'a'))
