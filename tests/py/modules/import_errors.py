# Importing missing modules or names raises ImportError/ModuleNotFoundError.
try:
    import no_such_module_slotpy
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
try:
    import math.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import math
print(math.floor(1.5))
def lazy():
    import sys
    return sys.maxsize > 0
print(lazy(), "sys" in dir())
