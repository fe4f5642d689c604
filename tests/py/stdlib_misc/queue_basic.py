# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty/Full, task_done/join, timeouts.
import queue
import time


def show(f, *args, **kw):
    try:
        print("->", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, repr(e), str(e))


q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in (3, 1, 2):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks, list(q.queue))
print(q.get(), q.get_nowait(), q.get(block=False), q.empty())
show(q.get_nowait)
show(q.get, False)
show(q.get, block=True, timeout=-1)
show(q.get, True, 0)
t0 = time.monotonic()
show(q.get, timeout=0.05)
print("waited", time.monotonic() - t0 >= 0.04)

# bounded queue
b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
show(b.put_nowait, "c")
show(b.put, "c", False)
show(b.put, "c", timeout=-0.5)
show(b.put, "c", timeout=0.01)
print(b.get(), b.full())
show(b.put, "c", timeout=-5)
b.put("c", timeout=5)
print(list(b.queue))

# task accounting
print(b.unfinished_tasks)
b.task_done(); b.task_done(); b.task_done()
print(b.unfinished_tasks)
b.join()
show(b.task_done)
print(b.unfinished_tasks)
q2 = queue.Queue()
show(q2.task_done)
q2.join()
print("join returned")

# other orders
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(5, "e"), (1, "a"), (3, "c"), (2, "b")]:
    lq.put(item)
    pq.put(item)
print([lq.get() for _ in range(4)])
print([pq.get() for _ in range(4)])
show(lq.get_nowait)
show(pq.get, True, 0.0)
pq.put(4); pq.put(-1); pq.put(2)
print(pq.qsize(), pq.get(), pq.queue[0])
bounded_lifo = queue.LifoQueue(1)
bounded_lifo.put(1)
show(bounded_lifo.put_nowait, 2)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put(2, block=False); sq.put_nowait(3); sq.put(4, timeout=1)
print(sq.qsize(), sq.empty())
print(sq.get(), sq.get_nowait(), sq.get(False), sq.get(timeout=0.5))
show(sq.get_nowait)
show(sq.get, timeout=-1)
show(sq.get, False, -1)
show(sq.get, True, 0.01)
print(hasattr(sq, "task_done"), hasattr(sq, "join"))

# classes
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(repr(queue.Empty), repr(queue.Full))
print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(issubclass(queue.SimpleQueue, queue.Queue))
print(queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))


# subclassing through the storage hooks
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        return self.queue.pop()


s = SetQueue()
for v in (1, 1, 1):
    s.put(v)
print(s.qsize(), s.unfinished_tasks, s.get(), s.empty())
u = queue.Queue()
show(u.put, 1, timeout=-1)  # no size limit: the timeout is never looked at
u.put(2)
show(u.get, timeout=-1)
print(u.get(timeout=1))
