import traceback, sys, io

def clean(text):
    return text.replace(__file__, 'FILE')

def level3():
    raise LookupError('deep')

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except LookupError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary), isinstance(summary, list))
for fs in summary:
    print(clean(repr(fs)), fs.lineno, fs.name, repr(fs.line), len(fs), clean(fs[0]), fs[1:], fs.locals)
    filename, lineno, name, line = fs
    print(clean(filename), lineno, name, line)
print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=0)])
print([fs.name for fs in traceback.extract_tb(tb, limit=100)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-100)])
print([clean(s) for s in traceback.format_tb(tb)])
print([clean(s) for s in traceback.format_tb(tb, 1)])
print([clean(s) for s in traceback.format_list(summary)])
buf = io.StringIO()
traceback.print_tb(tb, file=buf)
traceback.print_tb(tb, limit=-1, file=buf)
traceback.print_list(summary[:1], file=buf)
print(clean(buf.getvalue()), end='')
print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])
print([t.tb_lineno for t in [tb, tb.tb_next]], tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print(traceback.extract_tb(None), traceback.format_tb(None))

# FrameSummary construction and comparison
fs = traceback.FrameSummary('nofile.py', 3, 'func', line='  x = 1  ')
print(repr(fs), repr(fs.line), fs.locals, fs.colno, fs.end_colno, fs.end_lineno)
print(fs == ('nofile.py', 3, 'func', 'x = 1'), fs == ('nofile.py', 3, 'func', 'x'), fs != 5)
fs2 = traceback.FrameSummary('nofile.py', 3, 'func', line='other')
print(fs == fs2, fs == traceback.FrameSummary('nofile.py', 4, 'func'))
fs3 = traceback.FrameSummary('nofile.py', 3, 'func', lookup_line=False)
print(repr(fs3.line), fs3._line)
fs4 = traceback.FrameSummary('f.py', 1, 'g', locals={'a': 1, 'b': 'two'}, line='pass')
print(fs4.locals)
fs5 = traceback.FrameSummary('f.py', None, 'h')
print(fs5.line)
fs6 = traceback.FrameSummary('<string>', 7, '<module>', line='')
print(repr(fs6.line))
stack = traceback.StackSummary.from_list([('a.py', 1, 'f', 'call()'), ('b.py', 2, 'g', None), fs4, fs6])
print(type(stack).__name__, [type(x).__name__ for x in stack])
print(stack.format())
print(''.join(traceback.format_list([('a.py', 10, 'main', 'run()'), ('a.py', 20, 'run', '')])), end='')
fc = traceback.FrameSummary('c.py', 5, 'k', line='    value = compute(a, b) + 1\n', end_lineno=5, colno=12, end_colno=25)
print(traceback.StackSummary.from_list([fc]).format())
fc = traceback.FrameSummary('c.py', 5, 'k', line='value = compute(a, b)\n', end_lineno=5, colno=0, end_colno=21)
print(traceback.StackSummary.from_list([fc]).format())

# recursion folding
def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)
for depth in (2, 3, 4, 10):
    try:
        recurse(depth)
    except RecursionError as e:
        print(clean(''.join(traceback.format_tb(e.__traceback__))), end='')
        print('..')
same = [('x.py', 1, 'f', 'line')] * 6 + [('x.py', 2, 'f', 'other')] * 4 + [('y.py', 2, 'f', 'other')]
print(''.join(traceback.format_list(same)), end='')
# locals capture (from live frames)
def with_locals(a, b=2):
    c = [a, b]
    return traceback.StackSummary.extract(traceback.walk_stack(None), capture_locals=True)
st = with_locals(1)
print(st[0].name, st[0].locals)
print(clean(''.join(st.format()[:1])), end='')
sys.tracebacklimit = 1
try:
    level1()
except LookupError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
sys.tracebacklimit = 0
try:
    level1()
except LookupError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
del sys.tracebacklimit
