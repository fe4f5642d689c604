# LoggerAdapter: extra, process override, delegation, repr, manager/name properties
import logging, io

s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(user)s] %(message)s"))
log = logging.getLogger("adapt")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.INFO)

a = logging.LoggerAdapter(log, {"user": "alice"})
print(repr(a), a.name, a.manager is log.manager, a.logger is log, a.extra)
a.debug("debug dropped")
a.info("info %s", "x")
a.warning("warn")
a.error("error %d", 3)
a.critical("crit")
a.log(logging.ERROR, "log %s", "lvl")
try:
    raise ValueError("v")
except ValueError:
    a.exception("exc")
print(s.getvalue().replace(__file__, "FILE").splitlines())
print(a.isEnabledFor(10), a.isEnabledFor(20), a.getEffectiveLevel(), a.hasHandlers())
a.setLevel(logging.DEBUG)
print(log.level, repr(a))
s.seek(0); s.truncate()
# adapter extra replaces any extra passed to the call
a.info("call extra ignored", extra={"user": "bob"})
print(s.getvalue(), end="")

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["user"] = self.extra["who"]
        return "[%s] %s" % (self.extra["who"], msg), kwargs
p = Prefix(log, {"who": "carol"})
p.info("processed %s", "msg")
p.info("own extra kept", extra={"other": 1})
print(s.getvalue().splitlines()[-2:])

# nested adapters
inner = logging.LoggerAdapter(log, {"user": "inner"})
outer = logging.LoggerAdapter(inner, {"user": "outer"})
print(repr(outer), outer.name)
outer.warning("nested")
print(s.getvalue().splitlines()[-1])
# adapter with no extra
plain = logging.LoggerAdapter(logging.getLogger("plain"))
print(plain.extra, repr(plain))
cap = []
class Keep(logging.Handler):
    def emit(self, r):
        cap.append(r)
logging.getLogger("plain").addHandler(Keep())
plain.warning("no extra")
print(cap[-1].getMessage(), hasattr(cap[-1], "user"))
m = logging.Manager(logging.RootLogger(logging.INFO))
plain.manager = m
print(plain.logger.manager is m)
try:
    plain.name = "x"
except AttributeError as e:
    print("AttributeError")
