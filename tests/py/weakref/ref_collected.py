# A weak reference to an object that was collected answers None, and its callback is called
# with the (dead) reference. slotpy's collector is not reference counting: the snippet drops
# the object inside a function and does some other work before each gc.collect().
import gc
import weakref


class C:
    pass


log = []


def make():
    c = C()
    return weakref.ref(c, lambda w: log.append(w() is None)), weakref.ref(c)


def churn():
    s = 0
    for i in range(2000):
        s += len(str(i) + "x")
    return s


r, plain = make()
for _ in range(3):
    churn()
    gc.collect()
print(r(), plain(), log)
