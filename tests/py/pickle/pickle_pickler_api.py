# Pickler/Unpickler API: persistent ids, dispatch_table, reducer_override, find_class, extension
# codes, memo and clear_memo, fast mode, state setters, several pickles per file.
import pickle, copyreg, io
class Thing:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Thing({self.name!r})'
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Thing): return ('thing', obj.name)
        return None
class UU(pickle.Unpickler):
    def persistent_load(self, pid):
        tag, name = pid
        return Thing(name.upper())
for p in range(6):
    f = io.BytesIO()
    PP(f, p).dump([Thing('a'), 1, Thing('b')])
    print(p, f.getvalue())
    f.seek(0)
    print(UU(f).load() if p else None)
class PP0(pickle.Pickler):
    def persistent_id(self, obj):
        return 'T' + obj.name if isinstance(obj, Thing) else None
class UU0(pickle.Unpickler):
    def persistent_load(self, pid): return 'loaded:' + pid
f = io.BytesIO(); PP0(f, 0).dump([Thing('x')]); print(f.getvalue()); f.seek(0); print(UU0(f).load())
# dispatch_table
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
def reduce_vec(v): return (Vec, (v.x, v.y))
f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dispatch_table = {Vec: reduce_vec}; p.dump(Vec(1, 2)); print(f.getvalue()); print(pickle.loads(f.getvalue()))
class DP(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Vec] = reduce_vec
print(pickle.loads(pickle.dumps(Vec(3, 4))).__dict__)
f = io.BytesIO(); DP(f).dump([Vec(5, 6)]); print(f.getvalue())
copyreg.pickle(Vec, reduce_vec)
print(pickle.dumps(Vec(7, 8), 4))
del copyreg.dispatch_table[Vec]
try: copyreg.pickle(Vec, 5)
except TypeError as e: print(e)
try: copyreg.pickle(Vec, reduce_vec, 5)
except TypeError as e: print(e)
# reducer_override
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Vec: return (str, ('VEC',))
        if isinstance(obj, Vec): return (tuple, ((obj.x, obj.y),))
        return NotImplemented
f = io.BytesIO(); RO(f, 4).dump([Vec, Vec(1, 2), 3, 'x']); print(f.getvalue()); print(pickle.loads(f.getvalue()))
# find_class
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")
for p in (0, 2, 4):
    for o in ({1, 2}, Vec(1, 2)):
        try: print(Restricted(io.BytesIO(pickle.dumps(o, p))).load())
        except pickle.UnpicklingError as e: print('UnpicklingError', e)
# extensions
copyreg.add_extension(__name__, 'Vec', 240)
copyreg.add_extension(__name__, 'Thing', 0x1234)
copyreg.add_extension(__name__, 'reduce_vec', 0x123456)
for p in range(6):
    b = pickle.dumps([Vec, Thing, reduce_vec], p); print(p, b); print(pickle.loads(b) == [Vec, Thing, reduce_vec])
for args in [(__name__, 'Vec', 240), (__name__, 'Vec', 241), (__name__, 'Other', 240), ('m', 'n', 0), ('m', 'n', 2**31)]:
    try: copyreg.add_extension(*args); print('added', args)
    except ValueError as e: print('ValueError', e)
try: copyreg.remove_extension(__name__, 'Vec', 241)
except ValueError as e: print('ValueError', e)
copyreg.remove_extension(__name__, 'Vec', 240)
copyreg.remove_extension(__name__, 'Thing', 0x1234)
copyreg.remove_extension(__name__, 'reduce_vec', 0x123456)
copyreg.clear_extension_cache()
print(pickle.dumps(Vec, 2))
try: pickle.loads(b'\x80\x02\x82\xf0.')
except ValueError as e: print('ValueError', e)
# memo reuse
f = io.BytesIO(); p = pickle.Pickler(f, 2); l = [1]
p.dump(l); p.dump(l); p.clear_memo(); p.dump(l); print(f.getvalue())
f.seek(0); u = pickle.Unpickler(f); a = u.load(); b = u.load(); c = u.load(); print(a, b, c, a is b)
# fast mode
p = pickle.Pickler(io.BytesIO(), 2); p.fast = 1; s = 'ss'; p.dump([s, s]); print(p.fast)
# multiple pickles in one file
f = io.BytesIO()
for o in [1, 'two', [3], {'four': 4}, b'x' * 70000]:
    pickle.dump(o, f)
f.seek(0)
for i in range(5):
    o = pickle.load(f); print(repr(o)[:30])
try: pickle.load(f)
except EOFError as e: print('EOFError', e)
# state setter
def setter(obj, state): obj.extra = state
class SS:
    def __reduce__(self): return (SS, (), 'st', None, None, setter)
b = pickle.dumps(SS(), 4); print(b); print(pickle.loads(b).extra)
