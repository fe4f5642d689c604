# sys.argv, path, modules, intern, getsizeof, executable, misc functions
import sys

print(sys.argv, type(sys.argv).__name__, type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys, 'builtins' in sys.modules)
print(sys.modules['__main__'].__name__, __name__)
import json
print('json' in sys.modules, sys.modules['json'] is json)
print(isinstance(sys.executable, str), type(sys.prefix).__name__)
a = sys.intern('hello world!')
b = sys.intern(''.join(['hello ', 'world!']))
print(a is b, a == 'hello world!')
for bad in [1, b'x', None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)


class S(str):
    pass


try:
    sys.intern(S('x'))
except TypeError as e:
    print('TypeError', e)
print(sys.getsizeof([]) > 0, sys.getsizeof([1, 2, 3]) >= sys.getsizeof([]), type(sys.getsizeof(1)).__name__)
print(sys.getsizeof(1, 99) > 0)


class Sized:
    def __sizeof__(self):
        return 42


class BadSize:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Sized()) >= 42)
try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print('ValueError', e)
try:
    sys.getsizeof()
except TypeError as e:
    print('TypeError', e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError', e)
print(sys.gettrace(), sys.getprofile(), sys.is_finalizing(), sys.call_tracing(len, ([1, 2],)))
print(sys.audit('event', 1), sys.addaudithook(lambda *a: None))
print(callable(sys.displayhook), callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(sys.displayhook(None))
sys.displayhook(5)
import builtins
print(builtins._)
print(sys.dont_write_bytecode in (True, False), type(sys.warnoptions).__name__, type(sys._xoptions).__name__)
print(sys.getrefcount(object()) > 0, type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
