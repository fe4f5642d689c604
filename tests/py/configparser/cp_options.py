import configparser, io, os, tempfile

cp = configparser.ConfigParser(delimiters=("=>", "::"), comment_prefixes=("//",),
                               inline_comment_prefixes=("#", ";"))
try:
  cp.read_string("""
// comment
[s]
key => value # inline comment
other :: thing;not comment
third => x ; yes comment
eq = not a delimiter
# not a comment here => really
""")
except configparser.ParsingError as e:
    print("ParsingError", e)
print(cp.items("s"))
cp2 = configparser.ConfigParser(inline_comment_prefixes=("#",))
cp2.read_string("[s]\na = 1 # c\nb = x#y # z\nc = #start\n#full\nd = 4\n  # indented comment\n")
print(cp2.items("s"))
cp3 = configparser.ConfigParser(comment_prefixes=None, inline_comment_prefixes=None)
try:
    cp3.read_string("[s]\n# x = 1\n; y = 2\n")
    print(cp3.items("s"))
except configparser.Error as e:
    print(type(e).__name__, e)
cp4 = configparser.ConfigParser(empty_lines_in_values=False)
try:
    cp4.read_string("[s]\nmulti = a\n  b\n\n  c\nnext = 1\n")
except configparser.ParsingError as e:
    print("ParsingError", e)
cp4.read_string("[t]\nmulti = a\n  b\n\nc = 3\n")
print(cp4.items("t"))
print(cp4.items("s"))
cp5 = configparser.ConfigParser()
cp5.read_string("[s]\nmulti = a\n  b\n\n  c\nnext = 1\n  \n\n")
print(cp5.items("s"))
cp6 = configparser.ConfigParser()
cp6.read_string("[s]\nk = v\n    # comment continuation\n    more\n")
print(cp6.items("s"))

# optionxform override
class CaseKeep(configparser.ConfigParser):
    def optionxform(self, s):
        return s
ck = CaseKeep()
ck.read_string("[S]\nMixedCase = 1\nmixedcase = 2\n")
print(ck.items("S"), ck.has_option("S", "MIXEDCASE"))
ck2 = configparser.ConfigParser()
ck2.optionxform = str
ck2.read_string("[S]\nKey = 1\n")
print(ck2.options("S"))

# converters
conv = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_string("[s]\nitems = a, b ,c\nnum = 5\n")
print(conv.getlist("s", "items"), conv["s"].getlist("items"), conv["s"].getlist("nope"),
      conv.getlist("s", "nope", fallback="fb"))
print(sorted(conv.converters), conv.converters["list"] is not None, conv.converters["int"], len(conv.converters))
conv.converters["upper"] = str.upper
print(conv.getupper("s", "items"), conv["s"].getupper("items"))
del conv.converters["upper"]
print(hasattr(conv, "getupper"), hasattr(conv["s"], "getupper"), "upper" in conv.converters)
for bad in ["", None]:
    try:
        conv.converters[bad] = int
    except ValueError as e:
        print("ValueError", e)
try:
    del conv.converters[None]
except KeyError as e:
    print("KeyError", e)
class WithGetter(configparser.ConfigParser):
    def getdecimal(self, section, option, **kw):
        return "dec:" + self.get(section, option, **kw)
wg = WithGetter()
wg.read_string("[s]\nv = 1.5\n")
print(sorted(wg.converters), wg["s"].getdecimal("v"))

# read() with files
tmp = tempfile.mkdtemp()
try:
    p1 = os.path.join(tmp, "a.ini")
    p2 = os.path.join(tmp, "b.ini")
    with open(p1, "w") as f:
        f.write("[a]\nx = 1\n")
    with open(p2, "w", encoding="utf-8") as f:
        f.write("[b]\ny = é\n[a]\nz = 2\n")
    r = configparser.ConfigParser()
    ok = r.read([p1, os.path.join(tmp, "missing.ini"), p2], encoding="utf-8")
    print([os.path.basename(x) for x in ok], r.sections(), r.items("a"), r.get("b", "y"))
    r2 = configparser.ConfigParser()
    print([os.path.basename(x) for x in r2.read(p1)], r2.sections())
    with open(p1) as f:
        r3 = configparser.ConfigParser()
        r3.read_file(f)
        print(r3.sections())
    with open(p1, "w") as f:
        f.write("[a]\nx = 1\n[a]\n")
    try:
        configparser.ConfigParser().read(p1)
    except configparser.DuplicateSectionError as e:
        print("DuplicateSectionError", str(e).replace(tmp, "TMP"))
    with open(p1, "w") as f:
        f.write("[a]\nx = 1\n" * 1)
        f.write("\n" * 12 + "[a]\n")
    try:
        configparser.ConfigParser().read(p1)
    except configparser.DuplicateSectionError as e:
        print("DuplicateSectionError", str(e).replace(tmp, "TMP"), e.lineno)
    w = configparser.ConfigParser()
    w["s"] = {"k": "v"}
    with open(p2, "w") as f:
        w.write(f)
    with open(p2) as f:
        print(repr(f.read()))
finally:
    for n in os.listdir(tmp):
        os.remove(os.path.join(tmp, n))
    os.rmdir(tmp)
class Src:
    name = "custom-name"
    def __iter__(self):
        return iter(["x = 1\n"])
try:
    configparser.ConfigParser().read_file(Src())
except configparser.MissingSectionHeaderError as e:
    print(e)
try:
    configparser.ConfigParser().read_file(iter(["x\n"]))
except configparser.MissingSectionHeaderError as e:
    print(e)
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(configparser.RawConfigParser.BOOLEAN_STATES == {'1': True, 'yes': True, 'true': True, 'on': True,
      '0': False, 'no': False, 'false': False, 'off': False})
b = configparser.ConfigParser()
b.BOOLEAN_STATES = {"sure": True, "nope": False}
b.read_string("[s]\na = sure\nb = yes\n")
print(b.getboolean("s", "a"))
try:
    b.getboolean("s", "b")
except ValueError as e:
    print("ValueError", e)
