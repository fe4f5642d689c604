# Layered configuration: defaults, a file, then overrides; typed access and dump.
import configparser, io

DEFAULTS = {"debug": "false", "workers": "4", "log_dir": "/var/log/%(app)s"}
BASE = """
[DEFAULT]
app = shop

[server]
host = 0.0.0.0
port = 8000
workers = 8

[database]
url = postgres://db/%(app)s
pool = 5
timeout = 2.5
options =
    sslmode=require
    connect_timeout=10
"""
OVERRIDE = {"server": {"port": 9000, "debug": "yes"}, "cache": {"backend": "redis", "ttl": 60}}

cfg = configparser.ConfigParser(defaults=DEFAULTS)
cfg.read_string(BASE, source="base.ini")
cfg.read_dict(OVERRIDE, source="env")
for name in cfg.sections():
    sec = cfg[name]
    print("[%s]" % name)
    for key in sec:
        print("   %s = %r" % (key, sec[key]))
srv = cfg["server"]
print(srv.getint("port"), srv.getboolean("debug"), srv.getint("workers"), cfg.getfloat("database", "timeout"))
print(cfg["database"]["options"].splitlines(), cfg.get("database", "url"), cfg.get("cache", "log_dir"))
print(cfg.getint("cache", "ttl") * 2, cfg.getboolean("cache", "debug"), cfg.get("cache", "missing", fallback="-"))

out = io.StringIO()
cfg.write(out)
text = out.getvalue()
print(text)
again = configparser.ConfigParser()
again.read_string(text)
print(again.sections() == cfg.sections(),
      all(again.get(s, o, raw=True) == cfg.get(s, o, raw=True) for s in cfg.sections() for o in cfg.options(s)))

# a validator producing error reports
schema = {"server": {"port": int, "workers": int, "debug": "bool"}, "database": {"pool": int, "timeout": float}}
bad = configparser.ConfigParser()
bad.read_string("[server]\nport = eighty\nworkers = 2\ndebug = perhaps\n[database]\npool = 1\n")
for sname, fields in schema.items():
    for field, kind in fields.items():
        try:
            if kind == "bool":
                v = bad.getboolean(sname, field)
            elif kind is int:
                v = bad.getint(sname, field)
            else:
                v = bad.getfloat(sname, field)
            print("ok   %s.%s = %r" % (sname, field, v))
        except (ValueError, configparser.Error) as e:
            print("FAIL %s.%s: %s: %s" % (sname, field, type(e).__name__, e))
