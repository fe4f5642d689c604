"""JSON token scanner: make_scanner(context) returns the scan_once(string, idx) of a decoder."""

from .decoder import _Scanner

__all__ = ['make_scanner']


def make_scanner(context):
    return _Scanner(context)


py_make_scanner = make_scanner
c_make_scanner = None
