# sys module attributes: argv basename, maxsize, version_info major, platform.
import sys
print(sys.argv[0].rsplit("/", 1)[-1], len(sys.argv))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[0], sys.version_info.major, sys.version_info[:1], len(sys.version_info[:2]))
print(sys.version_info >= (3,), sys.version_info < (4,))
print(sys.platform, type(sys.platform).__name__)
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.byteorder in ("little", "big"), type(sys.getrecursionlimit()).__name__)
print(sys.stdout is not None, sys.stderr is not None, hasattr(sys.stdin, "read"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxsize + 1 == 2 ** 63)
