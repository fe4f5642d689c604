"""The objects that CPython's site module adds to builtins for interactive use:
copyright, credits and license (exit, quit and help are slotpy builtins already)."""


class _Printer:
    """Shows its text when evaluated at the prompt, or when called."""

    def __init__(self, name, text):
        self._name = name
        self._text = text

    def __repr__(self):
        return self._text

    def __call__(self):
        print(self._text)


copyright = _Printer(
    "copyright",
    "slotpy: a Python 3.11-compatible interpreter. Copyright (c) the slotpy authors.\n"
    "Python is a trademark of the Python Software Foundation.")
credits = _Printer(
    "credits",
    "slotpy is built on Boehm GC, GMP, utf8proc, libedit, re2c and Bison, and follows the\n"
    "language and object model of CPython, by the Python Software Foundation and its\n"
    "contributors.")
license = _Printer(
    "license",
    "slotpy is free software, distributed with its source code. Python's own licence: "
    "https://docs.python.org/3/license.html")


def install(builtins):
    builtins.copyright = copyright
    builtins.credits = credits
    builtins.license = license
