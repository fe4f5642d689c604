# os.environ: a mapping over the process environment; getenv, putenv, unsetenv
import os
import sys

E = os.environ
key = 'SPYT_TEST_VAR'
print(key in E, E.get(key), E.get(key, 'dflt'), os.getenv(key), os.getenv(key, 'd2'))
E[key] = 'value 1'
print(key in E, E[key], E.get(key), os.getenv(key), len(E) > 0)
print('SPYT_TEST_VAR' in list(E), 'SPYT_TEST_VAR' in E.keys(), ('SPYT_TEST_VAR', 'value 1') in E.items())
sys.stdout.flush()
os.system('echo "child sees: $SPYT_TEST_VAR"')
E[key] = 'changed'
sys.stdout.flush()
os.system('echo "child sees: $SPYT_TEST_VAR"')
del E[key]
print(key in E, E.get(key))
sys.stdout.flush()
os.system('echo "child sees: [$SPYT_TEST_VAR]"')
os.putenv('SPYT_PUT', 'direct')
print('SPYT_PUT' in E)
sys.stdout.flush()
os.system('echo "putenv: $SPYT_PUT"')
os.unsetenv('SPYT_PUT')
sys.stdout.flush()
os.system('echo "unsetenv: [$SPYT_PUT]"')


def t(f, *a):
    try:
        print('ok', repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, '|', e)


t(lambda: E['SPYT_MISSING'])
t(E.__getitem__, 1)
t(E.__setitem__, 'SPYT_X', 1)
t(E.__setitem__, 1, 'x')
t(E.__delitem__, 'SPYT_MISSING')
t(E.get, 1)
t(lambda: 1 in E)
t(os.getenv, 1)
t(os.putenv, 'A=B', 'x')
t(os.putenv, '', 'x')
t(os.putenv, 'SPYT_Z', 1)
t(os.putenv, 'SPYT_Z')
t(os.unsetenv, 'A=B')
t(os.unsetenv, '')
t(os.putenv, 'SPYT\0', 'x')
E['SPYT_A'] = 'a'
print(E.pop('SPYT_A'), E.pop('SPYT_A', 'gone'), 'SPYT_A' in E)
t(E.pop, 'SPYT_A')
print(E.setdefault('SPYT_B', 'b1'), E.setdefault('SPYT_B', 'b2'), E['SPYT_B'])
E.update({'SPYT_C': 'c'}, SPYT_D='d')
E.update([('SPYT_E', 'e')])
print(E['SPYT_C'], E['SPYT_D'], E['SPYT_E'])
c = E.copy()
print(type(c).__name__, c['SPYT_C'], c == dict(E), E == c)
merged = E | {'SPYT_F': 'f'}
print(type(merged).__name__, merged['SPYT_F'], 'SPYT_F' in E)
E |= {'SPYT_G': 'g'}
print(E['SPYT_G'])
for k in ['SPYT_B', 'SPYT_C', 'SPYT_D', 'SPYT_E', 'SPYT_G']:
    del E[k]
print(sorted(k for k in E if k.startswith('SPYT')))
print(repr(E).startswith('environ({'), repr(E).endswith('})'))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in E.items()))
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
print(type(os.environ.keys()).__name__, type(os.environ.values()).__name__)
