# Spec F43: layout of subclasses of builtin bases, relative to the base (plain, (), ('a',), ('__dict__',), ('__weakref__',)).
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers").  The builtin structs' own sizes are
# slotpy's, so everything is printed relative to the base b:
#   base row: fixed/var (itemsize), whether it has a dict / weakrefs;
#   subclass: basicsize - b.__basicsize__, whether itemsize equals b's,
#   and each offset as 0 (none), 'base' (inherited from b), a negative
#   number (-8: var-sized dict), or 'B+n' (= b.__basicsize__ + n).
# Rules: slots at B, B+8, ...; then dict (-8 for var-sized bases, else the
# next word); then weakref (never for var-sized bases).
def rel(o, base_o, B):
    if o == 0:
        return '0'
    if o == base_o:
        return 'base'
    if o < 0:
        return str(o)
    return f"B+{o - B}"
def info(k, b):
    B = b.__basicsize__
    return (k.__basicsize__ - B,
            'same' if k.__itemsize__ == b.__itemsize__ else 'DIFF',
            rel(k.__dictoffset__, b.__dictoffset__, B),
            rel(k.__weakrefoffset__, b.__weakrefoffset__, B))
for b in (object, str, list, dict, float, complex, bytearray, set, frozenset,
          BaseException, Exception, int, tuple, bytes, type):
    row = [b.__name__, 'var' if b.__itemsize__ else 'fixed',
           'dict' if b.__dictoffset__ else '-', 'weak' if b.__weakrefoffset__ else '-']
    for slots in (None, (), ('a',), ('__dict__',), ('__weakref__',)):
        ns = {} if slots is None else {'__slots__': slots}
        try:
            row.append(info(type('X', (b,), ns), b))
        except TypeError as e:
            row.append('TypeError')
    print(*row)
