# LogRecord attributes, getMessage, mapping args, makeLogRecord, record factory
import logging, io, os, time

captured = []
class Keep(logging.Handler):
    def emit(self, record):
        captured.append(record)

log = logging.getLogger("rec")
log.addHandler(Keep())
log.setLevel(logging.DEBUG)
before = time.time()
def where():
    log.info("hello %s %d", "x", 3)
where()
after = time.time()
r = captured[-1]
print(r.name, r.levelname, r.levelno, os.path.basename(r.pathname), r.filename, r.module, r.lineno, r.funcName)
print(r.msg, r.args, r.getMessage(), r.exc_info, r.exc_text, r.stack_info)
print(type(r.created).__name__, before <= r.created <= after, type(r.msecs).__name__, 0 <= r.msecs < 1000)
print(r.msecs == int((r.created - int(r.created)) * 1000), type(r.relativeCreated).__name__, r.relativeCreated >= 0)
print(type(r.thread).__name__, r.threadName, type(r.process).__name__, r.process == os.getpid(), r.processName)
print(hasattr(r, "message"), hasattr(r, "asctime"))
logging.Formatter("%(asctime)s %(message)s").format(r)
print(r.message, type(r.asctime).__name__, len(r.asctime))
print(sorted(k for k in vars(r)))

# mapping argument
log.info("%(a)s and %(b)s", {"a": 1, "b": 2})
r = captured[-1]
print(r.args, r.getMessage())
log.info("%s", {})
print(captured[-1].args, captured[-1].getMessage())
log.info("%s %s", {"a": 1}, {"b": 2})
print(captured[-1].getMessage())
log.info("no args %s")
print(captured[-1].args, captured[-1].getMessage())
log.info(12345)
print(captured[-1].msg, captured[-1].getMessage())
log.info(["list", 1])
print(captured[-1].getMessage())
class M:
    def __str__(self):
        return "custom %s"
log.info(M(), "arg")
print(captured[-1].getMessage())

# record repr and direct construction
rec = logging.LogRecord("n.m", logging.ERROR, "/some/dir/file.py", 42, "msg %r", ("v",), None, "fn", "sinfo")
print(repr(rec), rec.getMessage(), rec.funcName, rec.stack_info, rec.filename, rec.module)
rec = logging.LogRecord("n", 20, "noext", 1, "m", (), None)
print(rec.filename, rec.module, rec.funcName)
rec = logging.LogRecord("n", 20, None, 1, "m", (), None)
print(rec.filename, rec.module)
rec = logging.LogRecord("n", 20, "a/b.tar.gz", 1, "bad %d", ("x",), None)
try:
    rec.getMessage()
except TypeError as e:
    print("TypeError", e)

r2 = logging.makeLogRecord({"name": "made", "msg": "made %s", "args": ("it",), "levelno": 40, "custom": 7})
print(r2.name, r2.getMessage(), r2.levelno, r2.levelname, r2.custom, r2.lineno, repr(r2.pathname))
r3 = logging.makeLogRecord({})
print(r3.name, r3.levelno, r3.levelname, repr(r3.msg), r3.args, r3.funcName)

# extra
log.info("with extra", extra={"user": "bob", "n": 3})
print(captured[-1].user, captured[-1].n)
for key in ["message", "asctime", "name", "lineno"]:
    try:
        log.info("x", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)

# record factory
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.tag = "T"
    return rec
logging.setLogRecordFactory(factory)
log.warning("factory")
print(captured[-1].tag, logging.getLogRecordFactory() is factory)
logging.setLogRecordFactory(old)
log.warning("plain")
print(hasattr(captured[-1], "tag"))
logging.logProcesses = False
logging.logThreads = False
logging.logMultiprocessing = False
log.warning("no process info")
r = captured[-1]
print(r.process, r.thread, r.threadName, r.processName)
