import configparser

def attempt(src, **kw):
    cp = configparser.ConfigParser(**kw)
    try:
        cp.read_string(src)
        print("ok", {s: cp.items(s, raw=True) for s in cp.sections()})
    except configparser.Error as e:
        print(type(e).__name__ + ":", e)
        print("  args:", e.args)
        for attr in ("section", "option", "source", "lineno", "line", "errors"):
            if hasattr(e, attr):
                print("  ", attr, repr(getattr(e, attr)))

attempt("[a]\nx=1\n[a]\ny=2\n")
attempt("[a]\nx=1\n[a]\ny=2\n", strict=False)
attempt("[a]\nx=1\nX=2\n")
attempt("[a]\nx=1\nX=2\n", strict=False)
attempt("x=1\n[a]\n")
attempt("\n\n  # c\nnokey\n")
attempt("[a]\njustaword\nx=1\nanother one\n=novalue\n")
attempt("[a]\n= v\n")
attempt("[a]\nnovalue\n", allow_no_value=True)
attempt("[a]\n[b\nx=1\n")
attempt("[]\nx=1\n")
attempt("[DEFAULT]\nx=1\n[DEFAULT]\ny=2\n")
attempt("[a]\nk=1\n[b]\nk=2\n[a]\n", strict=True)
attempt("[ spaced ]\nk=v\n")

cp = configparser.ConfigParser()
cp.add_section("s")
for args in [("s",), ("DEFAULT",)]:
    try:
        cp.add_section(*args)
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in [5, None]:
    try:
        cp.add_section(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    cp.set("nosuch", "a", "b")
except configparser.NoSectionError as e:
    print("NoSectionError", e)
for bad in [("s", 1, "v"), ("s", "o", 1), ("s", "o", None)]:
    try:
        cp.set(*bad)
        print("set ok", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    cp.remove_option("nosuch", "a")
except configparser.NoSectionError as e:
    print("NoSectionError", e)
try:
    configparser.ConfigParser(interpolation=5)
except TypeError as e:
    print("TypeError", e)

# exception construction directly
E = configparser
errs = [E.Error(), E.Error("msg"), E.NoSectionError("s"), E.DuplicateSectionError("s"),
        E.DuplicateSectionError("s", "f.ini"), E.DuplicateSectionError("s", "f.ini", 3),
        E.DuplicateSectionError("s", "f.ini", 123), E.DuplicateOptionError("s", "o"),
        E.DuplicateOptionError("s", "o", "src"), E.DuplicateOptionError("s", "o", "src", 9),
        E.NoOptionError("o", "s"), E.InterpolationError("o", "s", "m"),
        E.InterpolationMissingOptionError("o", "s", "raw %(x)s", "x"),
        E.InterpolationSyntaxError("o", "s", "syn"), E.InterpolationDepthError("o", "s", "r"),
        E.ParsingError("src"), E.ParsingError(filename="fn"),
        E.MissingSectionHeaderError("f", 2, "line\n")]
for e in errs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, isinstance(e, Exception))
p = E.ParsingError("src")
p.append(3, "'bad'")
p.append(14, "'worse'")
print(str(p))
print(p.errors)
for kw in [{}, {"source": "a", "filename": "b"}]:
    try:
        E.ParsingError(**kw)
    except ValueError as e:
        print("ValueError", e)
print(issubclass(E.MissingSectionHeaderError, E.ParsingError), issubclass(E.InterpolationDepthError, E.InterpolationError),
      issubclass(E.NoSectionError, E.Error), issubclass(E.Error, Exception))
try:
    raise E.NoOptionError("key", "sec")
except E.Error as e:
    print("caught", e.option, e.section, e.message)
