# sys.version_info, hexversion, version string shape, implementation
import sys

v = sys.version_info
print(v[:2], v[:3] >= (3, 11, 0), v.major, v.minor, v.releaselevel, v.serial, len(v))
print(type(v).__name__, isinstance(v, tuple), v >= (3, 8), v < (4,), v[0] == v.major)
print(repr(v)[:40])
major, minor, micro, level, serial = v
print(major, minor, level)
print(sys.hexversion >> 16 == 0x030B, hex(sys.hexversion)[:6])
print(sys.version.startswith('3.11'), type(sys.version).__name__)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2], sys.implementation.version == v or True)
print(hasattr(sys.implementation, 'cache_tag'), hasattr(sys.implementation, 'hexversion'))
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError', type(e).__name__)
try:
    type(v)()
except TypeError as e:
    print('TypeError', e)
print(sys.api_version > 0, type(sys.copyright).__name__)
print('%d.%d' % sys.version_info[:2], '{0.major}.{0.minor}'.format(sys.version_info))
