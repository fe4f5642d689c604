# expanduser and expandvars (with variables this snippet sets itself)
import os
import os.path as p

os.environ['HOME'] = '/home/tester'
os.environ['SLOTPY_V'] = 'vee'
os.environ['SLOTPY_EMPTY'] = ''
os.environ.pop('SLOTPY_UNSET', None)
for s in ['~', '~/', '~/x/y', 'x/~', '~user', '~user/x', '', 'plain', b'~/b', b'~']:
    print(repr(s), repr(p.expanduser(s)))
os.environ['HOME'] = '/'
print(repr(p.expanduser('~')), repr(p.expanduser('~/a')))
os.environ['HOME'] = '/home/slash/'
print(repr(p.expanduser('~/a')))
del os.environ['HOME']
print(p.expanduser('~/a').endswith('/a'), p.expanduser('~') != '~')
print(repr(p.expanduser('~nosuchuser_slotpy/x')), repr(p.expanduser('~root')))
for s in ['$SLOTPY_V', '${SLOTPY_V}', 'a$SLOTPY_V.b', 'a${SLOTPY_V}b', '$SLOTPY_UNSET',
          '${SLOTPY_UNSET}', '$', 'a$', '${', '${SLOTPY_V', '$SLOTPY_EMPTY|', '$$', '$1x',
          '$SLOTPY_V$SLOTPY_V', 'no vars', '$SLOTPY_V-x', '${}', b'$SLOTPY_V/x', b'$NOPE_Q']:
    print(repr(s), repr(p.expandvars(s)))
try:
    p.expandvars(1)
except TypeError as e:
    print('TypeError', e)
try:
    p.expanduser(None)
except TypeError as e:
    print('TypeError', e)
