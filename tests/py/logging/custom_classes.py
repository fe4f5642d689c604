# subclassing Logger, Handler, Formatter, LogRecord; manager details; typical script patterns
import logging, io, sys

logger = logging.getLogger(__name__)
print(logger.name, repr(logger))

class CountingHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.counts = {}
    def emit(self, record):
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1

class JsonishFormatter(logging.Formatter):
    def format(self, record):
        record.message = record.getMessage()
        keys = ["name", "levelname", "message", "funcName"]
        return "{" + ", ".join("%s=%r" % (k, getattr(record, k)) for k in keys) + "}"

class TaggingLogger(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        rec = super().makeRecord(*args, **kwargs)
        rec.tag = "<%s>" % self.name
        return rec

class MyRecord(logging.LogRecord):
    def getMessage(self):
        return "MY " + super().getMessage()

logging.setLoggerClass(TaggingLogger)
tl = logging.getLogger("tagged.one")
logging.setLoggerClass(logging.Logger)
print(type(tl).__name__, type(tl.parent).__name__, isinstance(tl, logging.Logger))
s = io.StringIO()
sh = logging.StreamHandler(s)
sh.setFormatter(logging.Formatter("%(tag)s %(message)s"))
tl.addHandler(sh)
tl.propagate = False
tl.warning("tagged %d", 1)
ch = CountingHandler()
tl.addHandler(ch)
for i in range(3):
    tl.error("e")
tl.warning("w")
tl.critical("c")
print(s.getvalue().splitlines(), sorted(ch.counts.items()))

j = logging.StreamHandler(s)
j.setFormatter(JsonishFormatter())
jl = logging.getLogger("json")
jl.propagate = False
jl.addHandler(j)
def work():
    jl.info("not enabled")
    jl.warning("value %s", [1, 2])
work()
print(s.getvalue().splitlines()[-1])

logging.setLogRecordFactory(MyRecord)
jl.warning("through factory")
print(s.getvalue().splitlines()[-1])
logging.setLogRecordFactory(logging.LogRecord)

# overriding handle/filter on a logger subclass
class OnlyOdd(logging.Logger):
    n = 0
    def handle(self, record):
        OnlyOdd.n += 1
        if OnlyOdd.n % 2:
            super().handle(record)
odd = OnlyOdd("odd")
odd.addHandler(j)
odd.propagate = False
for i in range(4):
    odd.warning("odd %d", i)
print(s.getvalue().splitlines()[-2:], odd.parent)
print(repr(odd), odd.manager is logging.Logger.manager)

# a separate Manager with its own root
alt_root = logging.RootLogger(logging.DEBUG)
mgr = logging.Manager(alt_root)
x = mgr.getLogger("x.y")
print(x.parent is alt_root, sorted(mgr.loggerDict), "x.y" in logging.Logger.manager.loggerDict)
print(type(mgr.loggerDict["x"]).__name__, x.manager is mgr)
mgr.disable = "INFO"
print(mgr.disable)
try:
    mgr.disable = "bogus"
except ValueError as e:
    print("ValueError", e)
mgr.setLogRecordFactory(MyRecord)
print(mgr.logRecordFactory is MyRecord)
try:
    mgr.setLoggerClass(dict)
except TypeError as e:
    print("TypeError", e)

# pickling support helpers
print(logging.getLogger("tagged.one").__reduce__()[1], logging.root.__reduce__()[1])
print(logging.PlaceHolder, logging.Filterer in logging.Logger.__mro__, logging.Filterer in logging.Handler.__mro__)

# typical script: module-level logger, basicConfig at startup
logging.basicConfig(level=logging.INFO, format="%(name)s - %(levelname)s - %(message)s", stream=sys.stdout)
log = logging.getLogger("app.main")
def main(argv):
    log.info("starting with %d args", len(argv))
    try:
        int("x")
    except ValueError as e:
        log.error("conversion failed: %s", e)
    log.debug("hidden")
    logging.getLogger("app").info("parent logger")
    return 0
print(main(["a", "b"]))
print(logging.getLogger(__name__).getEffectiveLevel())
