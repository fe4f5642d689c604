# filters: simplefilter/filterwarnings/resetwarnings, actions, catch_warnings(record=True)
import sys
import warnings


class Out:   # warnings go to stderr: show them on stdout, without the checkout's path
    def write(self, s):
        sys.stdout.write(s.replace(__file__, 'FILE'))

    def flush(self):
        pass


sys.stderr = Out()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for i in range(2):
        warnings.warn('again %d' % (i % 1))
    warnings.warn('dep', DeprecationWarning)
    print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w])
    print(w[0].lineno, w[0].filename == __file__, w[0].line, w[0].file, w[0].source)
    print(str(w[0]).replace(repr(__file__), 'FILE'))
print(warnings.filters[0])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.simplefilter('ignore', UserWarning)
    warnings.warn('ignored')
    print(warnings.filters[:2])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once only')
    warnings.warn('once only')
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('module level')
    warnings.warn('module level')
    print([str(m.message) for m in w])
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn('pending', PendingDeprecationWarning)
    print(len(w))
for args in [('bogus',), ('error', 1), ('error', '', int), ('error', '', str), ('error', '', Warning, 1),
             ('error', '', Warning, '', -1)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print('AssertionError', e)
try:
    warnings.simplefilter('error', lineno='1')
except AssertionError as e:
    print('AssertionError', e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(e)
cw.__exit__(None, None, None)
with warnings.catch_warnings(action='ignore'):
    warnings.warn('ignored by catch_warnings(action=...)')
old = warnings.showwarning
warnings.showwarning = lambda *a: print('custom showwarning', a[0], a[1].__name__, a[3])
warnings.warn('to the custom hook')
warnings.showwarning = old
warnings.formatwarning = lambda m, c, f, l, line=None: 'FORMATTED %s\n' % m
warnings.warn('formatted')
print(len(warnings.filters))
