# BufferingHandler, MemoryHandler, QueueHandler/QueueListener
import logging, logging.handlers, io

class Target(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []
    def emit(self, record):
        self.seen.append(record.getMessage())

log = logging.getLogger("mem")
log.propagate = False
log.setLevel(logging.DEBUG)

bh = logging.handlers.BufferingHandler(3)
log.addHandler(bh)
log.info("a"); log.info("b")
print([r.getMessage() for r in bh.buffer], bh.capacity, bh.shouldFlush(bh.buffer[0]))
log.info("c")
print(bh.buffer)
log.info("d")
bh.close()
print(bh.buffer, repr(bh))
log.removeHandler(bh)

t = Target()
mh = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR, target=t)
print(mh.capacity, mh.flushLevel, mh.target is t, mh.flushOnClose)
log.addHandler(mh)
log.debug("one"); log.info("two"); log.warning("three")
print(t.seen, len(mh.buffer))
log.error("four triggers flush")
print(t.seen, len(mh.buffer))
for i in range(5):
    log.info("fill %d", i)
print(t.seen[-4:], len(mh.buffer))
mh.close()
print(t.seen[-1], mh.target, len(mh.buffer))
log.removeHandler(mh)

no_target = logging.handlers.MemoryHandler(2)
log.addHandler(no_target)
log.info("x"); log.info("y"); log.info("z")
print(len(no_target.buffer))
t2 = Target()
no_target.setTarget(t2)
no_target.flush()
print(t2.seen, no_target.buffer)
log.removeHandler(no_target)

t3 = Target()
keep = logging.handlers.MemoryHandler(10, target=t3, flushOnClose=False)
log.addHandler(keep)
log.info("kept in buffer")
keep.close()
print(t3.seen, len(keep.buffer))
log.removeHandler(keep)

# handler level filters before buffering
t4 = Target()
lv = logging.handlers.MemoryHandler(10, flushLevel=logging.CRITICAL, target=t4)
lv.setLevel(logging.WARNING)
log.addHandler(lv)
log.info("below"); log.warning("above"); log.critical("flush now")
print(t4.seen)
log.removeHandler(lv)

# QueueHandler with a minimal queue
class SimpleQueue:
    def __init__(self):
        self.items = []
    def put_nowait(self, item):
        self.items.append(item)
    def get(self, block=True):
        return self.items.pop(0)
    def empty(self):
        return not self.items
q = SimpleQueue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
log.addHandler(qh)
log.warning("queued %s", "msg")
try:
    raise ValueError("in queue")
except ValueError:
    log.exception("with exc")
r = q.items[0]
print(r.msg, r.message, r.args, r.exc_info, r.exc_text, r.levelname)
print(q.items[1].msg.splitlines()[0], q.items[1].msg.splitlines()[-1], q.items[1].exc_info)
log.removeHandler(qh)
out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, sh)
print(listener.queue is q, listener.handlers == (sh,), listener.respect_handler_level)
for rec in q.items:
    listener.handle(rec)
print(repr(out.getvalue().splitlines()[:2]))
out2 = io.StringIO()
l2 = logging.handlers.QueueListener(q, logging.StreamHandler(out2), respect_handler_level=True)
l2.handlers[0].setLevel(logging.INFO)
l2.handle(logging.makeLogRecord({"msg": "low", "levelno": 10}))
l2.handle(logging.makeLogRecord({"msg": "high", "levelno": 50}))
l2.enqueue_sentinel()
print(repr(out2.getvalue()), q.items[-1], l2.dequeue(True).msg)
class BadQueue:
    def put_nowait(self, item):
        raise RuntimeError("full")
import sys
old = sys.stderr
sys.stderr = io.StringIO()
try:
    bq = logging.handlers.QueueHandler(BadQueue())
    bq.handle(logging.makeLogRecord({"msg": "dropped"}))
    err = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(err.splitlines()[0], err.splitlines()[-3:])
