"""Heap queue algorithm (a.k.a. priority queue).

A heap here is a plain list in which every item is no larger than its two
children, heap[2*k+1] and heap[2*k+2]; so heap[0] is always the smallest.

    heap = []                        start with an empty list (or heapify one)
    heappush(heap, item)             add an item
    item = heappop(heap)             remove and return the smallest item
    item = heap[0]                   look at the smallest item
    heapify(x)                       reorder list x into a heap, in linear time
    item = heappushpop(heap, item)   push, then pop the smallest (size kept)
    item = heapreplace(heap, item)   pop the smallest, then push (size kept)
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The algorithms (and so the order of equal elements and the comparisons made) are those of
# CPython's heapq: items move up with _siftdown, and _siftup first moves the smaller child up
# to a leaf, then sifts the item down from there (fewer comparisons on average).

def _need_list(heap, fname, what='argument'):
    if not isinstance(heap, list):
        tname = 'None' if heap is None else type(heap).__name__
        raise TypeError(f'{fname}() {what} must be list, not {tname}')


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, 'heappush', 'argument 1')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    One step instead of heappop() plus heappush(), handy for heaps of fixed
    size.  The returned value can be larger than item; to keep only
    improvements, test first, e.g. "if item > heap[0]: heapreplace(heap, item)".
    """
    _need_list(heap, 'heapreplace', 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _need_list(heap, 'heappushpop', 'argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    """Maxheap variant of _siftdown"""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup_max(heap, pos):
    """Maxheap variant of _siftup"""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Lazily yields what sorted(itertools.chain(*iterables), key=key,
    reverse=reverse) would return, provided every input is already sorted
    that way; only one item per input is held at a time.

    >>> list(merge([2, 9], [1, 5, 11], []))
    [1, 2, 5, 9, 11]
    '''
    # Each heap entry is [sort value, order, item (only with a key), next]: `order` (the
    # iterable's position, negated when reversed) breaks ties so that equal items come out in
    # the order of their iterables.
    if reverse:
        heapify_, pop_, replace_, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop_, replace_, direction = heapify, heappop, heapreplace, 1

    h = []
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                nxt = it.__next__
                h.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
        heapify_(h)
        while len(h) > 1:
            try:
                while True:
                    entry = h[0]
                    value, _, nxt = entry
                    yield value
                    entry[0] = nxt()
                    replace_(h, entry)
            except StopIteration:
                pop_(h)
        if h:
            value, _, nxt = h[0]
            yield value
            yield from nxt.__self__
        return

    for order, it in enumerate(map(iter, iterables)):
        try:
            nxt = it.__next__
            value = nxt()
            h.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
    heapify_(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                _, _, value, nxt = entry
                yield value
                value = nxt()
                entry[0] = key(value)
                entry[2] = value
                replace_(h, entry)
        except StopIteration:
            pop_(h)
    if h:
        _, _, value, nxt = h[0]
        yield value
        yield from nxt.__self__


# nsmallest/nlargest return what sorted(iterable, key=key)[:n] (reverse=True for nlargest)
# returns, keeping only n candidates in a heap; ties keep their input order by carrying the
# input position in each entry.

def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Same result as sorted(iterable, key=key)[:n].
    """
    return _n_extreme(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Same result as sorted(iterable, key=key, reverse=True)[:n].
    """
    return _n_extreme(n, iterable, key, True)


def _n_extreme(n, iterable, key, largest):
    if n == 1:
        missing = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]

    # Keep the n best so far in a heap whose root is the worst of them. Entries are
    # (sort key, position, item); positions count down for nlargest so that, after the final
    # sort, equal keys keep their input order.
    step = -1 if largest else 1
    source = iter(iterable)
    keyed = _same if key is None else key
    kept = [(keyed(x), pos, x) for pos, x in zip(range(0, step * n, step), source)]
    if not kept:
        return []
    if largest:
        heapify(kept)
        swap = heapreplace
    else:
        _heapify_max(kept)
        swap = _heapreplace_max
    worst = kept[0][0]
    pos = step * n
    for x in source:
        k = keyed(x)
        if (worst < k) if largest else (k < worst):
            swap(kept, (k, pos, x))
            worst = kept[0][0]
            pos += step
    kept.sort(reverse=largest)
    return [entry[2] for entry in kept]


def _same(x):
    return x
