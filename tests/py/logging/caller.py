# findCaller: pathname/lineno/funcName, stacklevel, stack_info, wrappers
import logging, io, os

s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(module)s:%(message)s"))
log = logging.getLogger("caller")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.DEBUG)

log.info("module level")
def outer():
    log.info("in outer")
    inner()
def inner():
    log.debug("in inner")
    helper("via helper stacklevel=2", 2)
    helper("via helper stacklevel=1", 1)
    helper("stacklevel=3", 3)
    helper("huge stacklevel", 50)
def helper(msg, level):
    log.warning(msg, stacklevel=level)
outer()

class K:
    def method(self):
        log.error("in method")
    @staticmethod
    def smeth():
        log.error("in staticmethod")
    def __repr__(self):
        return "K"
K().method()
K.smeth()
(lambda: log.info("in lambda"))()
def gen():
    log.info("in generator")
    yield 1
list(gen())
print([x for x in [log.info("in listcomp")]])
print(s.getvalue(), end="")

fn, lno, func, sinfo = log.findCaller()
print(os.path.basename(fn), lno, func, sinfo)
def f():
    return log.findCaller(False, 2)
print(f()[1:3])

# stack_info
s.seek(0); s.truncate()
h.setFormatter(logging.Formatter("%(message)s"))
here = os.path.dirname(os.path.abspath(__file__))
def deep():
    log.info("with stack", stack_info=True)
def deeper():
    deep()
deeper()
print(s.getvalue().replace(here, "DIR"), end="")
s.seek(0); s.truncate()
log.info("stack at top", stack_info=True, stacklevel=1)
print(s.getvalue().replace(here, "DIR"), end="")
captured = []
class Keep(logging.Handler):
    def emit(self, r):
        captured.append(r)
log.addHandler(Keep())
deeper()
print(captured[-1].stack_info.replace(here, "DIR"))
log.info("no stack")
print(captured[-1].stack_info)

# module-level functions report the caller too
root_s = io.StringIO()
logging.basicConfig(stream=root_s, format="%(funcName)s %(lineno)d %(filename)s %(message)s", level=logging.DEBUG)
def uses_module_funcs():
    logging.info("module info")
    logging.log(25, "module log")
    logging.warning("module warning, stacklevel 2", stacklevel=2)
uses_module_funcs()
print(root_s.getvalue(), end="")

# a LoggerAdapter also reports the real caller
adapter = logging.LoggerAdapter(log, {})
def via_adapter():
    adapter.info("adapter call")
via_adapter()
r = captured[-1]
print(r.funcName, r.lineno, r.getMessage())
