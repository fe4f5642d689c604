# FileHandler and basicConfig(filename=...), RotatingFileHandler, WatchedFileHandler
import logging, logging.handlers, os

tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "slotpy_logging_fh_%d" % os.getpid())
os.mkdir(tmp)
def rmtree(d):
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
def path(name):
    return os.path.join(tmp, name)
def read(name):
    with open(path(name), encoding="utf-8") as f:
        return f.read()

try:
    log = logging.getLogger("files")
    log.propagate = False
    fh = logging.FileHandler(path("a.log"))
    print(fh.baseFilename == path("a.log"), fh.mode, fh.encoding, fh.delay, fh.errors)
    print(repr(fh).replace(tmp, "TMP"))
    fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    log.addHandler(fh)
    log.warning("first")
    log.error("second é")
    print(repr(read("a.log")))
    fh.close()
    print(fh.stream)
    log.warning("after close reopens in append mode")
    fh.close()
    log.removeHandler(fh)
    print(repr(read("a.log")))

    wh = logging.FileHandler(path("a.log"), mode="w", encoding="utf-8")
    log.addHandler(wh)
    log.warning("truncated")
    wh.close()
    log.warning("mode w does not reopen after close")
    log.removeHandler(wh)
    print(repr(read("a.log")))

    dh = logging.FileHandler(path("delayed.log"), delay=True)
    print(dh.stream, os.path.exists(path("delayed.log")), repr(dh).replace(tmp, "TMP"))
    log.addHandler(dh)
    log.warning("now created")
    print(os.path.exists(path("delayed.log")), repr(read("delayed.log")))
    dh.close()
    log.removeHandler(dh)

    rel = os.getcwd()
    os.chdir(tmp)
    try:
        rh = logging.FileHandler("relative.log")
        print(rh.baseFilename == path("relative.log"))
        rh.close()
    finally:
        os.chdir(rel)

    try:
        logging.FileHandler(path("missing/dir/x.log"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)

    # basicConfig with filename / filemode / encoding
    with open(path("b.log"), "w") as f:
        f.write("old\n")
    logging.basicConfig(filename=path("b.log"), filemode="a", encoding="utf-8",
                        format="%(name)s|%(message)s", level=logging.INFO)
    logging.info("appended")
    logging.getLogger("child").warning("from child")
    print(repr(read("b.log")), type(logging.root.handlers[0]).__name__, logging.root.handlers[0].encoding)
    logging.basicConfig(filename=path("b.log"), filemode="w", force=True)
    logging.warning("rewritten")
    print(repr(read("b.log")))
    logging.shutdown()
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)

    # RotatingFileHandler
    rot = logging.handlers.RotatingFileHandler(path("r.log"), maxBytes=30, backupCount=2)
    rot.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(rot)
    for i in range(8):
        log.warning("message number %d", i)
    rot.close()
    log.removeHandler(rot)
    print(sorted(os.listdir(tmp)))
    for n in ["r.log", "r.log.1", "r.log.2"]:
        print(n, repr(read(n)))
    print(rot.maxBytes, rot.backupCount, rot.mode)
    rot2 = logging.handlers.RotatingFileHandler(path("n.log"), mode="w", maxBytes=20, backupCount=1)
    rot2.namer = lambda name: name + ".bak"
    moved = []
    def rotator(src, dst):
        moved.append((os.path.basename(src), os.path.basename(dst)))
        os.rename(src, dst)
    rot2.rotator = rotator
    rot2.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(rot2)
    for i in range(3):
        log.warning("entry %d....", i)
    rot2.close()
    log.removeHandler(rot2)
    print(rot2.mode, moved, repr(read("n.log")), repr(read("n.log.1.bak")))
    nr = logging.handlers.RotatingFileHandler(path("nr.log"), mode="w")
    print(nr.shouldRollover(logging.makeLogRecord({"msg": "x" * 100})), nr.rotation_filename("abc"))
    nr.doRollover()
    nr.close()

    wf = logging.handlers.WatchedFileHandler(path("w.log"))
    wf.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(wf)
    log.warning("before move")
    os.rename(path("w.log"), path("w.old"))
    log.warning("after move")
    wf.close()
    log.removeHandler(wf)
    print(repr(read("w.log")), repr(read("w.old")))
finally:
    rmtree(tmp)
print(os.path.exists(tmp))
