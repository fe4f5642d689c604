# module-level functions, warn/fatal aliases, deprecation warnings, shutdown, captureWarnings
import logging, io, warnings, sys

s = io.StringIO()
logging.basicConfig(stream=s, level=logging.DEBUG, format="%(levelname)s|%(funcName)s|%(message)s")
logging.debug("d %d", 1)
logging.info("i %s", "two")
logging.warning("w")
logging.error("e %(k)s", {"k": "mapped"})
logging.critical("c")
logging.fatal("fatal alias")
logging.log(15, "custom level")
logging.log(logging.INFO, "log info")
try:
    logging.log("INFO", "bad level")
except TypeError as e:
    print("TypeError", e)
try:
    raise KeyError("missing")
except KeyError:
    logging.exception("module exception")
print(s.getvalue().replace(__file__, "FILE"), end="")
s.seek(0); s.truncate()

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    logging.warn("module warn")
    logging.getLogger("x").warn("method warn")
    logging.LoggerAdapter(logging.getLogger("y"), {}).warn("adapter warn")
for item in w:
    print(item.category.__name__, item.message, item.filename == __file__)
print(s.getvalue(), end="")
s.seek(0); s.truncate()
lg = logging.getLogger("m")
lg.fatal("logger fatal")
lg.critical("logger critical")
print(s.getvalue(), end="")
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)

# captureWarnings routes warnings through the 'py.warnings' logger
cap = io.StringIO()
ch = logging.StreamHandler(cap)
ch.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
pw = logging.getLogger("py.warnings")
pw.addHandler(ch)
pw.propagate = False
orig = warnings.showwarning
logging.captureWarnings(True)
print(warnings.showwarning is orig, logging._warnings_showwarning is orig)
logging.captureWarnings(True)
warnings.warn("captured warning", UserWarning)
warnings.warn_explicit("explicit", RuntimeWarning, "somefile.py", 12)
print(repr(cap.getvalue().replace(__file__, "FILE")))
buf = io.StringIO()
warnings.showwarning("to a file", UserWarning, "f.py", 3, file=buf)
print(repr(buf.getvalue()))
logging.captureWarnings(False)
print(warnings.showwarning is orig, logging._warnings_showwarning)
logging.captureWarnings(False)
# NullHandler added to py.warnings when it has no handlers
pw.removeHandler(ch)
logging.captureWarnings(True)
old = sys.stderr
sys.stderr = io.StringIO()
try:
    warnings.warn("quiet")
    err = sys.stderr.getvalue()
finally:
    sys.stderr = old
    logging.captureWarnings(False)
print(repr(err), [type(h).__name__ for h in pw.handlers])

# shutdown flushes and closes handlers
class Tracking(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def emit(self, record):
        pass
    def flush(self):
        print("flush", self.tag)
    def close(self):
        print("close", self.tag)
        super().close()
class Failing(Tracking):
    def flush(self):
        raise OSError("flush failed")
t1, t2, t3 = Tracking("one"), Failing("two"), Tracking("three")
logging.shutdown([lambda: t1, lambda: t2, lambda: None, lambda: t3])
armed = True
class Boom(Tracking):
    def flush(self):
        if armed:
            raise RuntimeError("boom")
        super().flush()
b1, b2 = Boom("b1"), Boom("b2")
try:
    logging.shutdown([lambda: b1])
except RuntimeError as e:
    print("RuntimeError", e)
logging.raiseExceptions = False
logging.shutdown([lambda: b2])
logging.raiseExceptions = True
armed = False
print("done; shutdown runs again at exit")
