# getLogger hierarchy, placeholders, propagate, getChild, manager
import logging, io

root = logging.getLogger()
print(root is logging.root, root.name, logging.getLogger("root") is root, logging.getLogger("") is root)
print(repr(root))
abc = logging.getLogger("a.b.c")
print(abc.parent is root, abc.name)
d = logging.Logger.manager.loggerDict
print(sorted(d), [type(d[k]).__name__ for k in sorted(d)])
a = logging.getLogger("a")
print(abc.parent is a, a.parent is root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, sorted(type(v).__name__ for v in d.values()))
abx = logging.getLogger("a.bx")
print(abx.parent is a)
print(a.getChild("b") is ab, ab.getChild("c") is abc, root.getChild("zz") is logging.getLogger("zz"))
print(a.getChild("q.r").name, logging.getLogger("a.q").parent is a)
print(logging.getLogger("a.q.r").parent.name)
print(logging.getLogger("a..b").name, logging.getLogger("a..b").parent.name)
print(logging.getLogger(".lead").parent.name, logging.getLogger("trail.").parent.name)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
try:
    logging.Logger.manager.getLogger(None)
except TypeError as e:
    print("TypeError", e)
print(logging.getLogger(None) is root, logging.getLogger(0) is root)
print(repr(abc), repr(logging.getLogger("lvl")))
abc.setLevel(logging.DEBUG)
print(repr(abc), abc.getEffectiveLevel(), ab.getEffectiveLevel())
a.setLevel("ERROR")
print(ab.getEffectiveLevel(), abx.getEffectiveLevel(), repr(ab))

# propagation
s_root, s_a, s_ab = io.StringIO(), io.StringIO(), io.StringIO()
fmt = logging.Formatter("%(name)s %(levelname)s %(message)s")
for lg, s in [(root, s_root), (a, s_a), (ab, s_ab)]:
    h = logging.StreamHandler(s)
    h.setFormatter(fmt)
    lg.addHandler(h)
a.setLevel(logging.NOTSET)
root.setLevel(logging.INFO)
abc.info("from abc")
ab.debug("ab debug dropped")
ab.warning("from ab")
ab.propagate = False
abc.error("stops at ab")
ab.propagate = True
a.propagate = False
abc.critical("stops at a")
a.propagate = True
print("root:", s_root.getvalue().splitlines())
print("a:", s_a.getvalue().splitlines())
print("ab:", s_ab.getvalue().splitlines())
print(abc.hasHandlers(), logging.getLogger("other").hasHandlers())
lone = logging.getLogger("lone")
lone.propagate = False
print(lone.hasHandlers())
# handler level vs logger level
hs = io.StringIO()
h = logging.StreamHandler(hs)
h.setLevel(logging.ERROR)
lone.addHandler(h)
lone.addHandler(h)
print(len(lone.handlers), lone.hasHandlers())
lone.setLevel(logging.DEBUG)
lone.warning("warn dropped by handler")
lone.error("error kept")
print(repr(hs.getvalue()))
lone.removeHandler(h)
lone.removeHandler(h)
print(lone.handlers)
# disabled loggers
lone.addHandler(h)
lone.disabled = True
lone.critical("disabled")
print(repr(hs.getvalue()), lone.isEnabledFor(50))
lone.disabled = False
print(lone.isEnabledFor(50), lone.isEnabledFor(5))
# subclass via setLoggerClass
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
print(type(logging.getLogger("a")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
# placeholder replaced by the subclass-made logger keeps children
logging.Logger.manager.setLoggerClass(MyLogger)
kid = logging.getLogger("p.q.r")
p = logging.getLogger("p")
print(type(p).__name__, kid.parent is p)
logging.Logger.manager.loggerClass = None
pq = logging.getLogger("p.q")
print(type(pq).__name__, kid.parent is pq, pq.parent is p)
print(logging.Logger.manager.root is root, logging.Logger.root is root, root.parent)
print(logging.Logger.manager.disable, abc.manager is logging.Logger.manager)
