# platform: uname and friends, versions, architecture, platform() (checked against os/sys,
# never printing machine-specific values).
import os
import platform
import sys

u = platform.uname()
ou = os.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system == ou.sysname, u.node == ou.nodename, u.release == ou.release)
print(u.version == ou.version, u.machine == ou.machine)
print(u[0] == u.system, u[-1] == u.processor, tuple(u)[:5] == tuple(ou), list(u)[1:3] == [ou.nodename, ou.release])
print(type(u.processor).__name__, isinstance(u, tuple))
print(repr(u).startswith("uname_result(system="), "processor" in repr(u))
print(platform.uname() is u)
print(platform.system(), platform.system() == u.system, platform.node() == u.node)
print(platform.release() == u.release, platform.version() == u.version)
print(platform.machine() == ou.machine, platform.processor() == u.processor)
s, n, r, v, m, p = u
print(s == u.system, p == u.processor)
print(platform.uname_result("a", "b", "c", "d", "e")[:5])

# versions of the language implemented
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(x) for x in sys.version_info[:3]))
print(all(isinstance(x, str) for x in platform.python_version_tuple()))
impl = platform.python_implementation()
print(type(impl).__name__, impl.lower() == sys.implementation.name, impl[0].isupper())
b = platform.python_build()
print(type(b).__name__, len(b), all(isinstance(x, str) for x in b))
print(type(platform.python_compiler()).__name__, type(platform.python_branch()).__name__,
      type(platform.python_revision()).__name__)
print(platform.python_compiler() in sys.version)

# architecture
bits, linkage = platform.architecture()
print(bits == "%dbit" % (8 * (sys.maxsize.bit_length() + 1) // 8), linkage)
print(platform.architecture(sys.executable, "32bit", "x"))
print(platform.architecture("/nonexistent/file"))
print(platform.architecture("")[1])

# libc and platform()
lib, ver = platform.libc_ver()
print(lib, all(p.isdigit() for p in ver.split(".")), len(ver.split(".")) >= 2)
plat = platform.platform()
print(plat.startswith(u.system + "-" + u.release), plat.endswith("-with-" + lib + ver))
print(platform.platform(terse=True) == platform.platform(terse=1), " " not in plat)
print(platform.platform(aliased=True) == plat)

# helpers with fixed answers
print(platform.system_alias("SunOS", "5.8", "x"), platform.system_alias("win32", "1", "2"))
print(platform.system_alias("Linux", "6", "v"))
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver())
print(platform.win32_edition(), platform.win32_is_iot())
osr = platform.freedesktop_os_release()
print(type(osr).__name__, "ID" in osr, "NAME" in osr, osr is not platform.freedesktop_os_release())
