# Spec B20: '__dict__'/'__weakref__' stay in C.__slots__ but get getset descriptors, not members.
class C:
    __slots__ = ('a', '__dict__', '__weakref__')
print(C.__slots__)
print(C.__dict__['__dict__'], type(C.__dict__['__dict__']).__name__)
print(C.__dict__['__weakref__'], type(C.a).__name__)
print(type(C.__dict__['__weakref__']).__name__, C.__dict__['__dict__'].__name__, C.__dict__['__dict__'].__objclass__)
