# logging.config.dictConfig: formatters, filters, handlers, loggers, root, errors
import logging, logging.config, io, sys

stream = io.StringIO()
other = io.StringIO()
pre = logging.getLogger("pre.existing")
pre_child = logging.getLogger("app.sub")

class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True

def make_filter(prefix):
    f = logging.Filter()
    f.filter = lambda r: r.getMessage().startswith(prefix)
    return f

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{name}|{message}", "style": "{"},
        "custom": {"()": logging.Formatter, "fmt": "custom %(message)s"},
    },
    "filters": {
        "upper": {"()": Upper},
        "only_app": {"name": "app"},
        "starts": {"()": make_filter, "prefix": "keep"},
    },
    "handlers": {
        "main": {"class": "logging.StreamHandler", "formatter": "brief", "stream": stream, "level": "DEBUG"},
        "ext": {"class": "logging.StreamHandler", "formatter": "braces", "stream": "ext://__main__.other",
                "filters": ["only_app"]},
        "null": {"class": "logging.NullHandler"},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 100, "target": "main"},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["ext"], "filters": ["upper"]},
        "app.db": {"level": "WARNING", "propagate": False, "handlers": ["main"]},
        "filtered": {"handlers": ["main"], "filters": ["starts"], "propagate": False},
        "holder": {"handlers": ["mem", "null"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["main"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
app.info("app info")
app.debug("app debug dropped")
logging.getLogger("app.db").info("db info dropped")
logging.getLogger("app.db").error("db error")
logging.getLogger("elsewhere").warning("elsewhere warning")
pre.warning("disabled existing logger")
pre_child.warning("child of configured logger is kept")
logging.getLogger("filtered").error("keep this")
logging.getLogger("filtered").error("drop this")
print(stream.getvalue(), end="")
print(other.getvalue(), end="")
print(pre.disabled, pre_child.disabled, app.level, app.propagate, logging.getLogger("app.db").propagate)
print(sorted(logging._handlers.keys()), [h.name for h in logging.root.handlers])
print(type(logging._handlers["mem"].target).__name__, logging._handlers["mem"].target is logging._handlers["main"])
print(logging._handlers["main"].level, type(logging._handlers["ext"].formatter._style).__name__)

# incremental: only levels change
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"main": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}},
                           "root": {"level": "CRITICAL"}})
print(logging._handlers["main"].level, app.level, logging.root.level, len(app.handlers))

# disable_existing_loggers False keeps loggers enabled
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "root": {"handlers": [], "level": "INFO"}})
print(pre.disabled, app.disabled, logging.root.handlers, logging.root.level)
logging.config.dictConfig({"version": 1})
print(pre.disabled, app.disabled, logging.getLogger("app.db").disabled)

# errors
def attempt(cfg):
    try:
        logging.config.dictConfig(cfg)
        print("ok")
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, "|", type(cause).__name__ if cause else None, cause if cause else "")

attempt({})
attempt({"version": 2})
attempt({"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}})
attempt({"version": 1, "handlers": {"h": {"class": "nosuchmodule.Handler"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}})
attempt({"version": 1, "formatters": {"f": {"format": "nofields"}}})
attempt({"version": 1, "formatters": {"f": {"format": "nofields", "validate": False}}})
attempt({"version": 1, "loggers": {"x": {"level": "BAD"}}})
attempt({"version": 1, "loggers": {"x": {"handlers": ["nope"]}}})
attempt({"version": 1, "root": {"level": "BAD"}})
attempt({"version": 1, "filters": {"f": {"()": "nosuch.thing"}}})
attempt({"version": 1, "loggers": {"x": {"filters": ["nope"]}}})
attempt({"version": 1, "incremental": True, "handlers": {"ghost": {}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad-key": 1}}})

# cfg:// references and the '.' properties key
s3 = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "custom": {"target": s3, "items": [0, {"fmt": "%(message)s!"}]},
    "formatters": {"f": {"format": "cfg://custom.items[1].fmt"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "cfg://custom.target",
                       "formatter": "f", ".": {"terminator": ";\n"}}},
    "root": {"handlers": ["h"], "level": "DEBUG"},
})
logging.debug("via cfg")
print(repr(s3.getvalue()))
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "cfg://nothing"}}})
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print("ValueError", e)
