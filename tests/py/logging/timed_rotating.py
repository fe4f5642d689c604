# TimedRotatingFileHandler: configuration, intervals, suffixes, rollover computation, errors
import logging, logging.handlers, os, time

tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "slotpy_logging_tr_%d" % os.getpid())
os.mkdir(tmp)
try:
    fn = os.path.join(tmp, "t.log")
    for when, interval in [("S", 1), ("s", 5), ("M", 2), ("H", 1), ("D", 3), ("midnight", 1), ("W0", 1), ("w6", 2)]:
        h = logging.handlers.TimedRotatingFileHandler(fn, when=when, interval=interval, backupCount=2, utc=True)
        print(h.when, h.interval, h.suffix, h.extMatch.pattern, h.backupCount, h.utc)
        now = int(time.time())
        r = h.computeRollover(now)
        if h.when in ("S", "M", "H", "D"):
            print(r - now == h.interval)
        elif h.when == "MIDNIGHT":
            print(0 < r - now <= 86400, r % 86400 == 0)
        else:
            t = time.gmtime(r)
            print((t.tm_wday - h.dayOfWeek) % 7, r % 86400 == 0, 0 < r - now <= 7 * 86400)
        print(h.rolloverAt >= now - 1, h.shouldRollover(None))
        h.close()
    for bad in ["W", "W7", "W12", "X", "", "minute"]:
        try:
            logging.handlers.TimedRotatingFileHandler(fn, when=bad)
        except ValueError as e:
            print("ValueError", e)
    # forced rollover renames with the time suffix; old files beyond backupCount are removed
    h = logging.handlers.TimedRotatingFileHandler(fn, when="S", backupCount=1, utc=True)
    h.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("timed")
    log.propagate = False
    log.addHandler(h)
    log.warning("first")
    for stamp in ["2020-01-01_00-00-00", "2020-01-01_00-00-01", "2021-05-05_10-10-10"]:
        with open(fn + "." + stamp, "w") as f:
            f.write("old\n")
    with open(fn + ".notadate", "w") as f:
        f.write("x\n")
    print(sorted(os.path.basename(p) for p in h.getFilesToDelete()))
    h.rolloverAt = int(time.time()) - 10
    print(h.shouldRollover(None))
    log.warning("second")
    h.close()
    names = sorted(os.listdir(tmp))
    print(len(names), names[0], "t.log.notadate" in names)
    with open(fn) as f:
        print(repr(f.read()))
    rotated = [n for n in names if n not in ("t.log", "t.log.notadate")]
    with open(os.path.join(tmp, rotated[0])) as f:
        print(len(rotated), repr(f.read()))
    print(h.rolloverAt > time.time() - 5)
finally:
    for n in os.listdir(tmp):
        os.remove(os.path.join(tmp, n))
    os.rmdir(tmp)
