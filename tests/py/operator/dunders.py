# The dunder spellings in the operator module are the same objects as the plain names.
import operator

pairs = [('__lt__', 'lt'), ('__le__', 'le'), ('__eq__', 'eq'), ('__ne__', 'ne'),
         ('__ge__', 'ge'), ('__gt__', 'gt'), ('__not__', 'not_'), ('__abs__', 'abs'),
         ('__add__', 'add'), ('__and__', 'and_'), ('__call__', 'call'),
         ('__floordiv__', 'floordiv'), ('__index__', 'index'), ('__inv__', 'inv'),
         ('__invert__', 'invert'), ('__lshift__', 'lshift'), ('__mod__', 'mod'),
         ('__mul__', 'mul'), ('__matmul__', 'matmul'), ('__neg__', 'neg'), ('__or__', 'or_'),
         ('__pos__', 'pos'), ('__pow__', 'pow'), ('__rshift__', 'rshift'), ('__sub__', 'sub'),
         ('__truediv__', 'truediv'), ('__xor__', 'xor'), ('__concat__', 'concat'),
         ('__contains__', 'contains'), ('__delitem__', 'delitem'), ('__getitem__', 'getitem'),
         ('__setitem__', 'setitem'), ('__iadd__', 'iadd'), ('__iand__', 'iand'),
         ('__iconcat__', 'iconcat'), ('__ifloordiv__', 'ifloordiv'), ('__ilshift__', 'ilshift'),
         ('__imod__', 'imod'), ('__imul__', 'imul'), ('__imatmul__', 'imatmul'),
         ('__ior__', 'ior'), ('__ipow__', 'ipow'), ('__irshift__', 'irshift'),
         ('__isub__', 'isub'), ('__itruediv__', 'itruediv'), ('__ixor__', 'ixor')]
for dunder, plain in pairs:
    d = getattr(operator, dunder)
    p = getattr(operator, plain)
    print(dunder, d is p, d.__name__)
print(operator.__lt__(1, 2), operator.__neg__(5), operator.__contains__('abc', 'b'))
print(operator.__getitem__({'k': 1}, 'k'), operator.__concat__([1], [2]))
print(operator.__inv__(0), operator.__not__([]), operator.__call__(str, 5))
