# Formatter: styles, validation, defaults, time formatting, exceptions and stacks
import logging, time

rec = logging.LogRecord("fmt.test", logging.WARNING, "/p/mod.py", 7, "value=%s", (42,), None, "func")
rec.created = 1704164645.678
rec.msecs = 678.0
logging.Formatter.converter = time.gmtime  # no dependence on TZ

def show(*args, **kwargs):
    try:
        f = logging.Formatter(*args, **kwargs)
        print(repr(f.format(rec)), f.usesTime())
    except Exception as e:
        print(type(e).__name__, e)

show()
show("%(levelname)s:%(name)s:%(message)s")
show("%(name)-10s|%(levelno)03d|%(lineno)5d|%(funcName)s|%(module)s|%(filename)s")
show("%(message)r %(message)10s %(message)-10s|")
show("%(missing)s")
show("no fields")
show("%(name)")
show("100%% %(message)s")
show("{name} {levelname:>8} {message!r} {lineno:04d}", style="{")
show("{missing}", style="{")
show("{}", style="{")
show("{0}", style="{")
show("{name!z}", style="{")
show("{name:bad spec}", style="{")
show("{name", style="{")
show("name}", style="{")
show("{a.b[0]}", style="{", validate=False)
show("plain", style="{")
show("$name ${levelname} $$ $message", style="$")
show("$missing", style="$")
show("cost $", style="$")
show("plain", style="$")
show("$1abc", style="$")
show("%(message)s", style="!")
show("nofields", validate=False)
show("%(custom)s %(message)s", defaults={"custom": "dflt"})
show("{custom} {message}", style="{", defaults={"custom": "d2"})
show("${custom} $message", style="$", defaults={"custom": "d3"})
show("%(asctime)s", validate=True, datefmt="%Y")
show("{asctime}", style="{")
show("${asctime}", style="$")
show("$asctime", style="$")

# time formatting with a fixed converter
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.formatTime(rec), f.formatTime(rec, "%d/%m/%Y %H.%M"), f.format(rec))
f.default_msec_format = None
print(f.formatTime(rec))
f.default_time_format = "%H:%M:%S"
f.default_msec_format = "%s.%03d"
print(f.formatTime(rec))
class GMT(logging.Formatter):
    converter = time.gmtime
    default_msec_format = "%s::%03d"
print(GMT().formatTime(rec), GMT(datefmt="%Y").format(rec), GMT("%(asctime)s", "%j").format(rec))
g = logging.Formatter("%(asctime)s")
print(len(g.formatTime(rec)), g.formatTime(rec)[-4:])
print(f._fmt, f.datefmt, GMT("x%(message)s", "df")._fmt, GMT(None, "df").datefmt)
print(type(logging.Formatter("{message}", style="{")._style).__name__,
      type(logging.Formatter()._style).__name__,
      type(logging.Formatter(style="$")._style).__name__, logging.Formatter(style="$")._fmt)
print(logging.BASIC_FORMAT)

# exception text and stack text are appended
r2 = logging.LogRecord("e", 40, "/p/e.py", 1, "failed", (), None)
r2.exc_text = "Traceback text"
r2.stack_info = "Stack text"
print(repr(logging.Formatter().format(r2)))
r2.msg = "ends with newline\n"
print(repr(logging.Formatter().format(r2)))
class Custom(logging.Formatter):
    def formatException(self, ei):
        return "EXC:" + ei[0].__name__ + ":" + str(ei[1])
    def formatStack(self, s):
        return "STACK:" + s
    def formatMessage(self, record):
        return "<" + record.message + ">"
try:
    raise KeyError("k")
except KeyError:
    import sys
    r3 = logging.LogRecord("e", 40, "/p/e.py", 1, "caught", (), sys.exc_info(), None, "sinfo")
cf = Custom()
print(repr(cf.format(r3)), r3.exc_text)
print(repr(cf.format(r3)))
r3.exc_text = None
print(repr(logging.Formatter("%(message)s").format(r3).splitlines()[-1]))

# BufferingFormatter
recs = [logging.LogRecord("b", 20, "p", i, "line %d\n", (i,), None) for i in range(3)]
bf = logging.BufferingFormatter()
print(repr(bf.format(recs)), repr(bf.format([])))
class HF(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d]" % len(records)
    def formatFooter(self, records):
        return "[end]"
print(repr(HF(logging.Formatter("%(lineno)d;")).format(recs)), repr(HF().format([])))
