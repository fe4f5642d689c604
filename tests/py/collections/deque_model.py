# deque against a list model: a deterministic pseudo-random sequence of operations.
from collections import deque

seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n

for maxlen in (None, 7, 1):
    d, model = deque(maxlen=maxlen), []
    def trim_right():
        if maxlen is not None:
            del model[:max(0, len(model) - maxlen)]
    def trim_left():
        if maxlen is not None and len(model) > maxlen:
            del model[maxlen:]
    log = []
    for step in range(400):
        op = rnd(11)
        v = rnd(100)
        if op == 0:
            d.append(v); model.append(v); trim_right()
        elif op == 1:
            d.appendleft(v); model.insert(0, v); trim_left()
        elif op == 2 and model:
            assert d.pop() == model.pop()
        elif op == 3 and model:
            assert d.popleft() == model.pop(0)
        elif op == 4:
            n = rnd(7) - 3
            d.rotate(n)
            if model:
                k = n % len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 5 and model:
            i = rnd(len(model))
            d[i] = v; model[i] = v
        elif op == 6 and model:
            i = rnd(len(model))
            del d[i]; del model[i]
        elif op == 7 and (maxlen is None or len(model) < maxlen):
            i = rnd(len(model) + 3) - 1
            d.insert(i, v); model.insert(i, v)
        elif op == 8:
            items = [rnd(100) for _ in range(rnd(4))]
            d.extend(items); model.extend(items); trim_right()
        elif op == 9:
            items = [rnd(100) for _ in range(rnd(4))]
            d.extendleft(items); model[:0] = items[::-1]; trim_left()
        elif op == 10 and model and v in model:
            d.remove(v); model.remove(v)
        if list(d) != model:
            print('MISMATCH at', step, op, list(d), model)
            break
        if step % 50 == 0:
            log.append(len(d))
    print(maxlen, log, list(d)[:10], len(d), sum(d))
    print([d[i] == model[i] for i in range(-len(model), len(model))].count(False), list(reversed(d)) == model[::-1])
