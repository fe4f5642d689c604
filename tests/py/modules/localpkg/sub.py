# A submodule with a relative import (run alone, the relative import fails, as in CPython).
from . import NAME
VALUE = NAME + ".sub"
