"""Queues: FIFO (Queue), LIFO (LifoQueue), priority (PriorityQueue) and SimpleQueue.

slotpy runs a single thread, so nothing but a signal handler can change a queue while a
caller waits on it. A blocking get() on an empty queue (or put() on a full one, or join()
with unfinished tasks) without a timeout therefore waits forever, sleeping in short steps
so that a signal handler can still end the wait; with a timeout it sleeps until the timeout
has passed and then raises Empty (or Full).
"""
from time import monotonic as _time, sleep as _sleep
from types import GenericAlias as _GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_POLL = 0.05


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(ready, timeout, exc):
    # wait until ready() is true: forever when timeout is None, else at most timeout seconds
    if timeout is None:
        while not ready():
            _sleep(_POLL)
        return
    deadline = _time() + timeout
    while not ready():
        left = deadline - _time()
        if left <= 0.0:
            raise exc
        _sleep(min(left, _POLL))


class _Lock:
    # stands in for the threading locks and conditions of CPython's Queue (one thread only)
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return None

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Queue:
    '''A FIFO queue; maxsize <= 0 means no size limit.'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _Lock()
        self.not_empty = self.mutex
        self.not_full = self.mutex
        self.all_tasks_done = self.mutex
        self.unfinished_tasks = 0

    def task_done(self):
        '''Mark one task taken with get() as finished (for join()).

        Raises ValueError when called more often than items were put.
        '''
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Wait until task_done() has been called for every item put.

        With a single thread this returns at once when no task is pending and otherwise
        waits forever (see the module docstring).
        '''
        _wait(lambda: not self.unfinished_tasks, None, None)

    def qsize(self):
        '''The number of items in the queue.'''
        return self._qsize()

    def empty(self):
        '''True if the queue holds no items.'''
        return not self._qsize()

    def full(self):
        '''True if the queue holds maxsize items (never when maxsize <= 0).'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Add item. A full queue raises Full at once when block is false; otherwise put
        waits (at most timeout seconds, then raises Full).
        '''
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            else:
                if timeout is not None:
                    _check_timeout(timeout)
                _wait(lambda: self._qsize() < self.maxsize, timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item. An empty queue raises Empty at once when block is
        false; otherwise get waits (at most timeout seconds, then raises Empty).
        '''
        if not block:
            if not self._qsize():
                raise Empty
        else:
            if timeout is not None:
                _check_timeout(timeout)
            _wait(self._qsize, timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        '''put(item, block=False).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False).'''
        return self.get(block=False)

    # the storage: subclasses override these four
    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    '''A queue handing out the smallest item first (items are usually (priority, data)).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        from heapq import heappush
        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A queue handing out the most recently added item first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''An unbounded FIFO queue without task tracking.'''

    def __init__(self):
        from collections import deque
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        '''Add item; never blocks (block and timeout are accepted for compatibility).'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return the oldest item; see Queue.get for block and timeout.'''
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if not block:
                raise Empty
            _wait(lambda: self._queue, timeout, Empty)
        return self._queue.popleft()

    def put_nowait(self, item):
        '''put(item, block=False).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False).'''
        return self.get(False)

    def empty(self):
        '''True if the queue holds no items.'''
        return not self._queue

    def qsize(self):
        '''The number of items in the queue.'''
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)


SimpleQueue.__module__ = '_queue'
