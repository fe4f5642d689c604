# basicConfig: level, format, styles, datefmt, stream, handlers, force, errors
import logging, io, sys

def reset():
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
        h.close()
    logging.root.setLevel(logging.WARNING)

s = io.StringIO()
logging.basicConfig(stream=s)
logging.debug("not shown")
logging.info("not shown")
logging.warning("warn %s", "one")
logging.error("error %d", 2)
logging.critical("crit")
print(s.getvalue(), end="")
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
print(logging.root.handlers[0].formatter._fmt)
# second call is a no-op
s2 = io.StringIO()
logging.basicConfig(stream=s2, level=logging.DEBUG)
logging.warning("again")
print(repr(s2.getvalue()), logging.root.level)
# force replaces
logging.basicConfig(stream=s2, level=logging.DEBUG, force=True, format="%(levelname)-8s|%(message)s")
logging.debug("dbg")
logging.info("inf")
print(s2.getvalue(), end="")
print(logging.root.level, logging.getLevelName(logging.root.level))

for style, fmt in [("{", "{levelname}/{name}/{message}"), ("$", "$levelname-${name}-$message"),
                   ("%", "%(name)s:%(levelno)d:%(message)r")]:
    reset()
    s = io.StringIO()
    logging.basicConfig(stream=s, style=style, format=fmt, level="INFO")
    logging.info("styled %s", style)
    logging.getLogger("x.y").warning("child")
    print(s.getvalue(), end="")

for style in ["{", "$"]:
    reset()
    s = io.StringIO()
    logging.basicConfig(stream=s, style=style)
    logging.warning("default fmt for %s", style)
    print(s.getvalue(), end="")

reset()
s = io.StringIO()
logging.basicConfig(stream=s, format="%(asctime)s %(message)s", datefmt="%Y")
logging.warning("dated")
out = s.getvalue()
print(len(out.split()[0]), out.split()[0].isdigit(), out.split(" ", 1)[1], end="")

# handlers argument; formatter only set when missing
reset()
a, b = io.StringIO(), io.StringIO()
ha, hb = logging.StreamHandler(a), logging.StreamHandler(b)
hb.setFormatter(logging.Formatter("B:%(message)s"))
logging.basicConfig(handlers=[ha, hb], format="A:%(message)s")
logging.error("both")
print(a.getvalue(), b.getvalue(), end="")

# errors
reset()
for kw in [dict(stream=s, filename="x.log"), dict(handlers=[ha], stream=s),
           dict(handlers=[ha], filename="x"), dict(style="x"), dict(stream=s, bogus=1, other=2),
           dict(stream=s, format="nofields"), dict(stream=s, level="LOUD"),
           dict(stream=s, style="{", format="{a!x}"), dict(stream=s, style="$", format="cost $")]:
    reset()
    try:
        logging.basicConfig(**kw)
        print("ok", len(logging.root.handlers))
    except Exception as e:
        print(type(e).__name__, e)

# stream=None means sys.stderr (looked up at creation time)
reset()
old = sys.stderr
sys.stderr = io.StringIO()
try:
    logging.basicConfig()
    logging.warning("to stderr")
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(repr(captured))
reset()
# module level functions call basicConfig when there are no handlers
sys.stderr = io.StringIO()
try:
    logging.info("ignored")
    n = len(logging.root.handlers)
    logging.error("auto %s", "configured")
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(n, repr(captured))
