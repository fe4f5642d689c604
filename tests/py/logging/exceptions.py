# exception()/exc_info: traceback text, chains, notes, exc_info forms; handleError output
import logging, io, os, sys

here = os.path.dirname(os.path.abspath(__file__))
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log = logging.getLogger("exc")
log.addHandler(h)
log.propagate = False

def flush():
    print(s.getvalue().replace(here, "DIR"), end="")
    s.seek(0)
    s.truncate()

def fail(n):
    if n:
        fail(n - 1)
    raise ValueError("bad value %d" % n)

try:
    fail(2)
except ValueError:
    log.exception("caught %s", "it")
flush()

try:
    raise KeyError("key")
except KeyError:
    log.error("error with exc_info", exc_info=True)
    log.warning("warning without exc_info")
    log.info("info is below the level", exc_info=True)
    logging.getLogger("exc").critical("critical exc_info", exc_info=1)
flush()

try:
    raise TypeError("stored")
except TypeError as e:
    saved = e
    saved_info = sys.exc_info()
log.error("instance", exc_info=saved)
log.error("tuple", exc_info=saved_info)
log.error("falsy", exc_info=0)
log.exception("outside handler")
log.exception("explicit none", exc_info=(None, None, None))
flush()

# chained exceptions
def chain():
    try:
        raise OSError("inner problem")
    except OSError as e:
        raise RuntimeError("outer problem") from e
try:
    chain()
except RuntimeError:
    log.exception("cause")
flush()
def context():
    try:
        raise ZeroDivisionError("div")
    except ZeroDivisionError:
        raise LookupError("while handling")
try:
    context()
except LookupError:
    log.exception("context")
flush()
def suppressed():
    try:
        raise ZeroDivisionError("hidden")
    except ZeroDivisionError:
        raise LookupError("suppressed") from None
try:
    suppressed()
except LookupError:
    log.exception("suppressed")
flush()

# notes, empty messages, custom exception classes, nested module names
class MyError(Exception):
    pass
try:
    err = MyError()
    err.add_note("note one")
    err.add_note("note two")
    raise err
except MyError:
    log.exception("notes")
try:
    raise Exception
except Exception:
    log.exception("bare")
class Outer:
    class Inner(Exception):
        pass
try:
    raise Outer.Inner("nested")
except Exception:
    log.exception("qualname")
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
try:
    raise BadStr()
except Exception:
    log.exception("bad str")
import json
try:
    raise json.JSONDecodeError("msg", "doc", 1)
except Exception:
    log.exception("module-qualified")
flush()

# record caching of exc_text
captured = []
class Keep(logging.Handler):
    def emit(self, record):
        captured.append(record)
k = Keep()
log.addHandler(k)
try:
    raise IndexError("idx")
except IndexError:
    log.exception("cached")
r = captured[-1]
print(r.exc_text.replace(here, "DIR"), r.exc_info[0].__name__)
text = h.formatter.format(r)
print(r.exc_text.splitlines()[-1], text.count("Traceback"))
log.removeHandler(k)
flush()

# formatException directly
try:
    raise AttributeError("attr")
except AttributeError:
    print(logging.Formatter().formatException(sys.exc_info()).replace(here, "DIR"))

# handleError writes to sys.stderr (frames inside logging itself are left out)
def user_frames(text):
    out, skipping = [], False
    for line in text.replace(here, "DIR").splitlines():
        if line.startswith('  File "'):
            skipping = not line.startswith('  File "DIR/')
            if skipping:
                continue
        elif skipping and line.startswith("    "):
            continue
        else:
            skipping = False
        out.append(line)
    return out
class Failing(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("emit failed")
        except Exception:
            self.handleError(record)
bad = logging.getLogger("bad")
bad.propagate = False
bad.addHandler(Failing())
old = sys.stderr
sys.stderr = io.StringIO()
def report():
    bad.error("message %s", "arg")
try:
    report()
    got = sys.stderr.getvalue()
finally:
    sys.stderr = old
print("\n".join(user_frames(got)))

sys.stderr = io.StringIO()
sh = logging.StreamHandler(io.StringIO())
bad.addHandler(sh)
try:
    bad.error("needs %d args %d", 1)
    got = sys.stderr.getvalue()
finally:
    sys.stderr = old
print("\n".join(user_frames(got)))

logging.raiseExceptions = False
sys.stderr = io.StringIO()
try:
    bad.error("needs %d args %d", 1)
    got = sys.stderr.getvalue()
finally:
    sys.stderr = old
    logging.raiseExceptions = True
print(repr(got))
