import configparser, io

def dump(cp, **kw):
    buf = io.StringIO()
    cp.write(buf, **kw)
    print(buf.getvalue(), end="<END>\n")

cp = configparser.ConfigParser()
dump(cp)
cp["DEFAULT"] = {"ServerAliveInterval": "45", "Compression": "yes", "CompressionLevel": "9"}
cp["bitbucket.org"] = {}
cp["bitbucket.org"]["User"] = "hg"
cp["topsecret.server.com"] = {}
top = cp["topsecret.server.com"]
top["Port"] = "50022"
top["ForwardX11"] = "no"
cp["DEFAULT"]["ForwardX11"] = "yes"
cp.set("bitbucket.org", "multi", "line1\nline2\n\nline4")
cp.set("bitbucket.org", "empty", "")
dump(cp)
dump(cp, space_around_delimiters=False)
back = configparser.ConfigParser()
buf = io.StringIO()
cp.write(buf)
back.read_string(buf.getvalue())
print(back.get("bitbucket.org", "multi") == cp.get("bitbucket.org", "multi"), back.sections())

nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nuser = mysql\nskip-external-locking\nold_passwords = 1\nskip-bdb\n[x]\n")
print(nv.items("mysqld"), nv.get("mysqld", "skip-bdb"), nv.has_option("mysqld", "skip-bdb"))
nv.set("x", "flag")
nv.set("x", "flag2", None)
dump(nv)
raw = configparser.RawConfigParser()
raw.add_section("s")
raw.set("s", "none", None)
raw.set("s", "int", 5)
dump(raw)
d = configparser.ConfigParser(delimiters=(":", "="))
d.read_string("[a]\nx = 1\ny: 2\n")
dump(d)
dump(d, space_around_delimiters=False)
cd = configparser.ConfigParser(default_section="common")
cd.read_string("[common]\nshared = 1\n[DEFAULT]\nz = 2\n[other]\n")
print(cd.sections(), cd.defaults(), cd.items("other"), list(cd))
dump(cd)
ds = configparser.ConfigParser(dict_type=dict)
ds.read_string("[z]\nb=1\na=2\n[a]\n")
dump(ds)
print(ds.remove_option("z", "b"), ds.remove_option("z", "nope"), ds.remove_section("a"), ds.remove_section("a"))
ds.set("", "dk", "dv")
ds.set("DEFAULT", "dk2", "dv2")
print(ds.remove_option(None, "dk"))
dump(ds)
