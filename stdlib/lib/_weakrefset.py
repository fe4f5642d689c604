"""WeakSet: a set whose members are held through weak references (weakref re-exports it)."""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class WeakSet:
    """A set of objects that does not keep its members alive: a member that dies leaves it."""

    def __init__(self, data=None):
        self.data = set()

        def _drop(wr, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                owner.data.discard(wr)

        self._remove = _drop
        if data is not None:
            self.update(data)

    # ---- what the set holds -----------------------------------------------------------------
    def _live(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def __iter__(self):
        return self._live()

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        state = self.__getstate__() if hasattr(self, '__getstate__') else self.__dict__
        return self.__class__, (list(self),), state

    # ---- changing it -------------------------------------------------------------------------
    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            obj = wr()
            if obj is not None:
                return obj

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    # ---- set algebra (the results are WeakSets) ---------------------------------------------
    def _refs(self, other):
        return {ref(item) for item in other}

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs(other)

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update({ref(item, self._remove) for item in other})
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __class_getitem__ = classmethod(GenericAlias)
