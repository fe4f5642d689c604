# Handler, StreamHandler, NullHandler: levels, names, repr, terminator, setStream, errors
import logging, io, sys

class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.out = []
    def emit(self, record):
        self.out.append(self.format(record))

h = ListHandler()
print(repr(h), h.level, h.formatter, h.filters, h.name, h.get_name())
h.setLevel("INFO")
print(repr(h))
h.name = "listy"
print(h.name, logging._handlers.get("listy") is h)
h.set_name("renamed")
print("listy" in logging._handlers, logging._handlers["renamed"] is h)
h.close()
print("renamed" in logging._handlers)

log = logging.getLogger("hb")
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(h)
log.debug("dropped by handler level")
log.info("kept %d", 1)
rec = logging.LogRecord("x", 10, "p", 1, "direct", (), None)
print(h.handle(rec), h.out)
h.addFilter(lambda r: False)
print(h.handle(rec))

base = logging.Handler()
try:
    base.emit(rec)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(base.format(rec))
base.flush()
base.acquire(); base.release()

# StreamHandler
s = io.StringIO()
sh = logging.StreamHandler(s)
print(repr(sh), sh.stream is s, sh.terminator == "\n")
sh.setFormatter(logging.Formatter("[%(message)s]"))
log.addHandler(sh)
log.warning("one")
sh.terminator = "|"
log.warning("two")
sh.terminator = ""
log.warning("three")
sh.terminator = "\n"
print(repr(s.getvalue()))
s2 = io.StringIO()
print(sh.setStream(s2) is s, sh.setStream(s2))
log.error("to s2")
print(repr(s2.getvalue()))
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler(sys.stderr)))
print(logging.StreamHandler().stream is sys.stderr)
class Named:
    name = 12
    def write(self, x): pass
print(repr(logging.StreamHandler(Named())))
old = sys.stderr
sys.stderr = io.StringIO()
try:
    later = logging.StreamHandler()
    print(later.stream is sys.stderr)
finally:
    sys.stderr = old
sh.setLevel(logging.CRITICAL)
print(repr(sh))
sh.close()
print(sh.stream is s2, s2.closed)

# NullHandler
nh = logging.NullHandler()
print(repr(nh), nh.lock, nh.handle(rec), nh.emit(rec))
nh.acquire(); nh.release()
quiet = logging.getLogger("quiet")
quiet.addHandler(nh)
quiet.propagate = False
old = sys.stderr
sys.stderr = io.StringIO()
try:
    quiet.error("nothing printed")
    got = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(repr(got))

# handler emitting to a stream without flush
class NoFlush:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
nf = NoFlush()
h2 = logging.StreamHandler(nf)
log.addHandler(h2)
log.error("no flush %s", "ok")
print(nf.parts)
h2.flush()
print(logging.StreamHandler[int], logging.LoggerAdapter[str])
