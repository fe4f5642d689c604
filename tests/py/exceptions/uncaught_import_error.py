# An import that fails inside a function: CPython 3.11 places the import on the whole
# statement, so no carets are drawn under the name.
# check: stderr
def load():
    import os, no_such_module_slotpy


print([].reverse(), [1].reverse())   # empty lists reverse in place too
load()
