import configparser

SRC = """
# leading comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
empty =
multi = first line
   second line

   after blank
key with spaces   =   value with spaces  
colon:in:value = a:b
eq=in=value
"""
cp = configparser.ConfigParser()
cp.read_string(SRC)
print(cp.sections())
print(cp.defaults())
print(dict(cp.defaults()))
for s in cp.sections():
    print(s, cp.options(s))
    print("  ", cp.items(s))
print(repr(cp.get("topsecret.server.com", "multi")))
print(repr(cp.get("topsecret.server.com", "empty")))
print(repr(cp.get("topsecret.server.com", "KEY WITH SPACES")))
print(cp.get("topsecret.server.com", "colon"), cp.get("topsecret.server.com", "eq"))
print(cp.getint("topsecret.server.com", "port"), cp.getfloat("topsecret.server.com", "ratio"))
print(cp.getboolean("topsecret.server.com", "forwardx11"), cp.getboolean("bitbucket.org", "forwardx11"))
print(cp.getint("bitbucket.org", "compressionlevel"), cp.get("bitbucket.org", "serveraliveinterval"))
print(cp.has_section("bitbucket.org"), cp.has_section("DEFAULT"), cp.has_section("nope"))
print(cp.has_option("bitbucket.org", "user"), cp.has_option("bitbucket.org", "compression"),
      cp.has_option("bitbucket.org", "zzz"), cp.has_option("nope", "user"),
      cp.has_option(None, "compression"), cp.has_option("", "user"), cp.has_option("DEFAULT", "Compression"))
print(cp.get("nope", "x", fallback="fb"), cp.get("bitbucket.org", "x", fallback=None))
print(cp.getint("bitbucket.org", "x", fallback=7), cp.getfloat("nope", "x", fallback=1.5),
      cp.getboolean("bitbucket.org", "zz", fallback=False))
print(cp.get("bitbucket.org", "user", vars={"user": "override", "extra": 3}))
print(cp.get("bitbucket.org", "extra", vars={"extra": 3}))
print(cp.items("bitbucket.org", vars={"new": "v"}))
print(cp.items("DEFAULT"))
for s, o in [("nope", "x"), ("bitbucket.org", "x"), ("DEFAULT", "missing")]:
    try:
        cp.get(s, o)
    except configparser.Error as e:
        print(type(e).__name__, e, e.args, repr(e))
try:
    cp.items("nope")
except configparser.NoSectionError as e:
    print("NoSectionError", e, e.section)
try:
    cp.options("nope")
except configparser.NoSectionError as e:
    print("NoSectionError", e)
for val in ["yes", "No", "TRUE", "off", "1", "0", "On", "maybe", "", "2"]:
    cp.set("bitbucket.org", "flag", val)
    try:
        print(repr(val), cp.getboolean("bitbucket.org", "flag"))
    except ValueError as e:
        print(repr(val), "ValueError", e)
for val in ["12", " 13 ", "1.5", "x", "1e3"]:
    cp.set("bitbucket.org", "num", val)
    for fn in (cp.getint, cp.getfloat):
        try:
            print(repr(val), fn("bitbucket.org", "num"))
        except ValueError as e:
            print(repr(val), "ValueError", e)

# constructor defaults
cp2 = configparser.ConfigParser(defaults={"A": 1, "b": "two", "pct": "%(b)s!"})
cp2.read_string("[s]\nc = %(a)s-%(b)s\n")
print(cp2.defaults(), cp2.get("s", "c"), cp2.get("s", "pct"), cp2.items("s"))
raw = configparser.RawConfigParser(defaults={"A": 1})
print(raw.defaults())
raw.add_section("s")
raw.set("s", "n", 5)
print(raw.get("s", "n"), raw.items("s"))
# read_dict
try:
    configparser.ConfigParser().read_dict({"s": {"none": None}})
except TypeError as e:
    print("TypeError", e)
cp3 = configparser.ConfigParser(allow_no_value=True)
cp3.read_dict({"sec": {"Key": 1, "none": None, 2: 3.5}, "DEFAULT": {"d": "x"}, 7: {}})
print(cp3.sections(), cp3.items("sec"), cp3.get("sec", "2"))
try:
    cp3.read_dict({"sec": {"key": 1, "KEY": 2}})
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError", e, e.args)
cp3.read_dict({"sec": {"key": "again"}})
print(cp3.get("sec", "key"))
# read_file with iterable of lines
cp4 = configparser.ConfigParser()
cp4.read_file(["[a]\n", "x = 1\n", "  continued\n"], source="lines")
print(cp4.items("a"))
cp4.read_file(iter(["[b]", "y=2"]))
print(cp4.sections(), cp4.get("b", "y"))
