# Filter name-prefix rule, Filterer, callable filters, logger vs handler filters
import logging, io

def rec(name):
    return logging.LogRecord(name, 20, "p", 1, "m", (), None)

for fname in ["", "a", "a.b", "ab"]:
    f = logging.Filter(fname)
    print(repr(fname), f.nlen, [n for n in ["a", "a.b", "a.b.c", "ab", "a.bc", "b", "", "a."] if f.filter(rec(n))])
print(logging.Filter().name, logging.Filter("x").filter(rec("x")))

ft = logging.Filterer()
print(ft.filters, ft.filter(rec("z")))
f1 = logging.Filter("a")
ft.addFilter(f1)
ft.addFilter(f1)
print(len(ft.filters), ft.filter(rec("a.q")), ft.filter(rec("b")))
ft.removeFilter(f1)
ft.removeFilter(f1)
print(ft.filters)
calls = []
def func_filter(r):
    calls.append(r.name)
    return r.name != "skip"
ft.addFilter(func_filter)
print(ft.filter(rec("keep")), ft.filter(rec("skip")), calls)
class Obj:
    def filter(self, r):
        return 0
ft.addFilter(Obj())
print(ft.filter(rec("keep")))
ft2 = logging.Filterer()
ft2.addFilter(42)
try:
    ft2.filter(rec("x"))
except TypeError as e:
    print("TypeError", e)

# filters that modify records
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(name)s %(ctx)s %(message)s", defaults={"ctx": "-"}))
class Ctx(logging.Filter):
    def filter(self, record):
        record.ctx = "C"
        return True
log = logging.getLogger("flt")
log.propagate = False
log.addHandler(h)
log.addFilter(Ctx())
log.warning("logger filter added ctx")
child = logging.getLogger("flt.child")
child.warning("child records skip parent logger filters")
print(s.getvalue(), end="")
h.addFilter(Ctx())
child.warning("handler filter applies to propagated records")
h.addFilter(logging.Filter("flt.child"))
log.warning("blocked by handler name filter")
child.warning("passes name filter")
print(s.getvalue(), end="")
log.filters.clear()
log.addFilter(lambda r: r.levelno >= 40)
log.warning("blocked at logger")
log.error("passes logger filter")
print(s.getvalue().splitlines()[-1])
