# lastResort: no handlers anywhere -> bare message on sys.stderr at WARNING and above
import logging, io, sys

def capture(fn):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old

log = logging.getLogger("nohandlers")
print(repr(capture(lambda: log.warning("warn %s", "x"))))
print(repr(capture(lambda: log.error("error"))))
print(repr(capture(lambda: log.info("info not shown"))))
log.setLevel(logging.DEBUG)
print(repr(capture(lambda: log.info("still not shown: lastResort level is WARNING"))))
print(repr(capture(lambda: logging.getLogger().critical("root critical"))))
print(len(logging.root.handlers))
print(repr(logging.lastResort), logging.lastResort.level, logging.lastResort is logging._defaultLastResort)
print(logging.lastResort.stream is sys.stderr)
def exc():
    try:
        raise ValueError("shown with traceback")
    except ValueError:
        log.exception("problem")
out = capture(exc)
print(out.splitlines()[0], out.splitlines()[1], out.splitlines()[-1])
# a handler on any ancestor, even with a high level, disables lastResort
logging.getLogger().addHandler(logging.NullHandler())
print(repr(capture(lambda: log.error("swallowed"))))
logging.getLogger().handlers.clear()
# propagate=False and no own handler -> lastResort
iso = logging.getLogger("iso")
iso.propagate = False
parent_stream = io.StringIO()
logging.getLogger().addHandler(logging.StreamHandler(parent_stream))
print(repr(capture(lambda: iso.warning("isolated"))), repr(parent_stream.getvalue()))
logging.getLogger().handlers.clear()
# lastResort replaced / removed
logging.lastResort = logging.StreamHandler(io.StringIO())
logging.lastResort.setFormatter(logging.Formatter("LR %(levelname)s %(message)s"))
logging.lastResort.setLevel(logging.INFO)
print(repr(capture(lambda: log.info("custom last resort"))), repr(logging.lastResort.stream.getvalue()))
logging.lastResort = None
print(repr(capture(lambda: log.warning("first"))))
print(repr(capture(lambda: log.warning("second"))))
print(logging.Logger.manager.emittedNoHandlerWarning)
logging.Logger.manager.emittedNoHandlerWarning = False
logging.raiseExceptions = False
print(repr(capture(lambda: log.warning("nothing"))))
logging.raiseExceptions = True
logging.lastResort = logging._defaultLastResort
# the last-resort handler formats with the default formatter (%(message)s)
print(repr(capture(lambda: logging.getLogger("a.b").warning("%s-%s", 1, 2))))
