import configparser

SRC = r"""
[DEFAULT]
home = /home/user
name = bob

[paths]
dir = %(home)s/dir
deep = %(dir)s/deeper/%(name)s
pct = 100%%
mixed = %(home)s%%x
bad1 = %(missing)s
bad2 = 50% off
bad3 = %(unclosed
loop1 = %(loop2)s
loop2 = %(loop1)s
upper = %(HOME)s
"""
cp = configparser.ConfigParser()
cp.read_string(SRC)
for opt in ["dir", "deep", "pct", "mixed", "bad1", "bad2", "bad3", "loop1", "upper"]:
    try:
        print(opt, repr(cp.get("paths", opt)))
    except configparser.InterpolationError as e:
        print(opt, type(e).__name__, e)
        print("   ", e.args, e.option, e.section)
    print("   raw", repr(cp.get("paths", opt, raw=True)))
print(cp.get("paths", "dir", vars={"home": "/other"}))
print(cp.items("paths", raw=True)[:3])
try:
    cp.items("paths")
except configparser.InterpolationError as e:
    print(type(e).__name__, e)
for val in ["ok %% fine", "%(x)s", "bad % value", "%(unterminated", "trail %", "%%%"]:
    try:
        cp.set("paths", "new", val)
        print("set", repr(val), "ok")
    except ValueError as e:
        print("set", repr(val), "ValueError", e)
raw = configparser.RawConfigParser()
raw.read_string(SRC)
print(raw.get("paths", "deep"), raw.get("paths", "bad2"))
raw.set("paths", "x", "50% off")
print(raw.get("paths", "x"))
none = configparser.ConfigParser(interpolation=None)
none.read_string(SRC)
print(none.get("paths", "deep"), none.get("paths", "pct"))

EXT = r"""
[DEFAULT]
base = /srv

[common]
home_dir = /Users
library_dir = /Library
system_dir = /System
macports_dir = /opt/local
cost = $$100

[frameworks]
Python = 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname = Two Sheds
last_name = Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${frameworks:path}/Python/Versions/${frameworks:Python}
from_default = ${base}/x
missing = ${nothere}
missing_sec = ${nosec:x}
missing_opt = ${common:nothere}
toomany = ${a:b:c}
bad = $oops
unclosed = ${abc
dollar = ${common:cost} and $$5
"""
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(EXT)
for opt in ["my_dir", "my_pictures", "python_dir", "from_default", "missing", "missing_sec",
            "missing_opt", "toomany", "bad", "unclosed", "dollar", "nickname"]:
    try:
        print(opt, repr(ext.get("Arthur", opt)))
    except configparser.InterpolationError as e:
        print(opt, type(e).__name__, e)
        print("   ", e.args)
for val in ["$$ ok", "${x}", "$x", "${y", "$"]:
    try:
        ext.set("Arthur", "n", val)
        print("set", repr(val), "ok")
    except ValueError as e:
        print("set", repr(val), "ValueError", e)
ext.read_string("[r]\na = ${b}\nb = ${a}\n")
try:
    ext.get("r", "a")
except configparser.InterpolationDepthError as e:
    print("InterpolationDepthError", e)

class Custom(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
    def before_write(self, parser, section, option, value):
        return "<" + str(value) + ">"
    def before_read(self, parser, section, option, value):
        return value + "!"
c = configparser.ConfigParser(interpolation=Custom())
c.read_string("[s]\nk = v\n")
print(c.get("s", "k"), c.get("s", "k", raw=True))
import io
buf = io.StringIO()
c.write(buf)
print(buf.getvalue())
