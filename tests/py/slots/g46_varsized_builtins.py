# Spec G46: which subclassable builtins are var-sized (__itemsize__ != 0): bytes, int, tuple, type.
import builtins
def subclassable(t):
    try:
        type('X', (t,), {})
    except TypeError:
        return False
    return True
print(sorted(t.__name__ for t in vars(builtins).values()
             if isinstance(t, type) and t.__itemsize__ and subclassable(t)))
print([t.__name__ for t in (object, str, list, dict, bytearray, float, complex, set, frozenset,
                            BaseException, Exception) if t.__itemsize__])
