"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k, counting elements
from 0.  For the sake of comparison, non-existing elements are considered to be infinite.  The
interesting property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged
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

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
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

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

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

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
