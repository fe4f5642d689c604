import traceback, sys, io

def clean(text):
    return text.replace(__file__, 'FILE')

def where():
    stack = traceback.extract_stack()
    return [(fs.name, fs.lineno, fs.line) for fs in stack]

def outer():
    return middle()

def middle():
    return where()

print(outer())

def show_stack():
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    traceback.print_stack(limit=1, file=buf)
    traceback.print_stack(sys._getframe().f_back, file=buf)
    print(clean(buf.getvalue()), end='')

def caller():
    show_stack()

caller()

def fmt():
    lines = traceback.format_stack()
    print([clean(l) for l in lines])
    lines = traceback.format_stack(limit=2)
    print(len(lines))
    print(len(traceback.format_stack(sys._getframe(), limit=-1)))
    f = sys._getframe()
    print([fs.name for fs in traceback.extract_stack(f)])
    print([fs.name for fs in traceback.extract_stack(f.f_back)])
    print([fs.name for fs in traceback.extract_stack(f, limit=1)])
    print([fs.name for fs in traceback.extract_stack(f, limit=0)])

def fmt_caller():
    fmt()

fmt_caller()

def gen():
    yield [fs.name for fs in traceback.extract_stack()]

print(next(gen()))
print([f.f_code.co_name for f, lineno in traceback.walk_stack(sys._getframe())])
def walker():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(None)]
print(walker())
class K:
    def method(self):
        return traceback.extract_stack()[-1].name
    @classmethod
    def cm(cls):
        return [fs.name for fs in traceback.extract_stack()][-2:]
print(K().method(), K.cm())
old = sys.stderr
sys.stderr = io.StringIO()
def to_stderr():
    traceback.print_stack()
to_stderr()
out = sys.stderr.getvalue()
sys.stderr = old
print(clean(out), end='')
print(traceback.format_list(traceback.extract_stack()[-1:]) == traceback.format_stack()[-1:])
