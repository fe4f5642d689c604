# import finds .py modules and packages next to the main script, runs each once and keeps it
# in sys.modules; relative imports inside a package; from-import errors.
import sys
import imported_once
import imported_once as again
print(imported_once is again, imported_once.counter, imported_once.__name__)
from imported_once import double
print(double(21))
import localpkg.sub
print(localpkg.sub.VALUE, localpkg.NAME, "localpkg.sub" in sys.modules)
from localpkg import sub as s2
print(s2 is localpkg.sub, s2.__package__, localpkg.__package__)
from localpkg.sub import VALUE
print(VALUE)
try:
    from imported_once import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
