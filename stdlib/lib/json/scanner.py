"""JSON token scanner: make_scanner(context) returns the scan_once(string, idx) of a decoder."""

from .decoder import _Scanner, c_make_scanner

__all__ = ['make_scanner']


def py_make_scanner(context):
    return _Scanner(context)


make_scanner = c_make_scanner or py_make_scanner
