# the gc module
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect(), gc.collect(0), gc.collect(1), gc.collect(generation=2))


def t(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e)


t(gc.collect, 3)
t(gc.collect, -1)
t(gc.collect, 'x')
t(gc.collect, 1.5)
t(gc.enable, 1)
t(gc.disable, 1)
t(gc.isenabled, 1)
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
t(gc.set_threshold)
t(gc.set_threshold, 1, 2, 3, 4)
t(gc.set_threshold, 'x')
print(gc.get_debug(), gc.set_debug(0), gc.get_debug())
t(gc.set_debug)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, type(gc.callbacks).__name__, len(gc.get_count()), type(gc.get_objects()).__name__)
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(object()), gc.is_tracked(set()))
t(gc.is_tracked)
print(gc.is_finalized(object()), gc.freeze(), gc.unfreeze(), gc.get_freeze_count())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
gc.collect()
print(events)
