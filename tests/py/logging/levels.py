# levels: names, addLevelName, getLevelNamesMapping, checks, disable, isEnabledFor cache
import logging, io

for v in [0, 10, 20, 30, 40, 50, 5, 35, 99, -1, "INFO", "WARN", "FATAL", "NOTSET", "Level 5", "nope", None, 20.0, True]:
    print(repr(v), repr(logging.getLevelName(v)))
print(logging.FATAL, logging.WARN, logging.CRITICAL, logging.NOTSET)
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m["X"] = 1
print("X" in logging.getLevelNamesMapping())
logging.addLevelName(25, "NOTICE")
logging.addLevelName(5, "TRACE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName("TRACE"))
logging.addLevelName(logging.WARNING, "WARN!")
print(logging.getLevelName(30), logging.getLevelName("WARNING"), logging.getLevelName("WARN!"))
logging.addLevelName(logging.WARNING, "WARNING")

s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(levelno)s %(levelname)s %(message)s"))
log = logging.getLogger("lv")
log.addHandler(h)
log.propagate = False
log.setLevel("TRACE")
log.log(5, "trace msg")
log.log(25, "notice %s", "msg")
log.log(7, "level seven")
log.log(logging.INFO, "info via log")
try:
    log.log("INFO", "bad")
except TypeError as e:
    print("TypeError", e)
try:
    log.log(None, "bad")
except TypeError as e:
    print("TypeError", e)
logging.raiseExceptions = False
log.log("INFO", "silently dropped")
logging.raiseExceptions = True
print(s.getvalue(), end="")

for bad in ["LOUD", 1.5, None, [10], "info"]:
    for target in [log, h]:
        try:
            target.setLevel(bad)
            print("ok", target.level)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print(logging.Logger("made", "DEBUG").level, logging.Handler("ERROR").level)
try:
    logging.Logger("bad", "NOPE")
except ValueError as e:
    print("ValueError", e)

# isEnabledFor and its cache
log.setLevel(logging.INFO)
print(log.isEnabledFor(10), log.isEnabledFor(20), log.isEnabledFor(50))
print(sorted(log._cache.items()))
log.setLevel(logging.ERROR)
print(log._cache, log.isEnabledFor(20))
logging.disable(logging.ERROR)
print(logging.root.manager.disable, log.isEnabledFor(40), log.isEnabledFor(50))
log.critical("critical passes disable(ERROR)")
log.error("error blocked")
logging.disable()
print(logging.root.manager.disable, log.isEnabledFor(50))
logging.disable(logging.NOTSET)
log.error("error after re-enable")
logging.disable("WARNING")
print(logging.root.manager.disable)
logging.disable(0)
try:
    logging.disable("nope")
except ValueError as e:
    print("ValueError", e)
print(s.getvalue().splitlines()[-2:])
print(logging.getLogger().getEffectiveLevel(), logging.getLogger("q").getEffectiveLevel())
logging.root.setLevel(logging.NOTSET)
print(logging.getLogger("q").getEffectiveLevel(), repr(logging.getLogger("q")))
print(logging.getLogger("q").isEnabledFor(1), logging.getLogger("q").isEnabledFor(0))
