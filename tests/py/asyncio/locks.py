# asyncio Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
import asyncio

log = []


def state(obj):
    # the repr without the address
    r = repr(obj)
    return r[r.index('['):]


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), state(lock))
    print(await lock.acquire(), lock.locked(), state(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    async def critical(name, n):
        async with lock:
            log.append('enter ' + name)
            for _ in range(n):
                await asyncio.sleep(0)
            log.append('leave ' + name)

    await asyncio.gather(critical('a', 2), critical('b', 1), critical('c', 0))
    print(log)
    log.clear()

    # a cancelled waiter does not get the lock
    await lock.acquire()
    w = asyncio.create_task(critical('cancelled', 0))
    w2 = asyncio.create_task(critical('next', 0))
    await asyncio.sleep(0)
    print(state(lock))
    w.cancel()
    lock.release()
    await asyncio.gather(w, w2, return_exceptions=True)
    print(log, lock.locked())
    log.clear()

    # Event
    ev = asyncio.Event()
    print(ev.is_set(), state(ev))

    async def waiter(name):
        await ev.wait()
        log.append('woke ' + name)

    ws = [asyncio.create_task(waiter(n)) for n in 'xyz']
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    await asyncio.gather(*ws)
    print(log, ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    log.clear()

    # Condition
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((name, items.pop()))

    cs = [asyncio.create_task(consumer(n)) for n in ('c1', 'c2')]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*cs)
    print(log)
    log.clear()
    for meth in (cond.notify, cond.notify_all):
        try:
            meth()
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print(shared.locked(), c2.locked())
    print(shared.locked())

    # Semaphore
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    running = []
    peak = []

    async def limited(name):
        async with sem:
            running.append(name)
            peak.append(len(running))
            await asyncio.sleep(0.01)
            running.remove(name)

    await asyncio.gather(*(limited(str(i)) for i in range(5)))
    print(max(peak), state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    s0.release()
    print(s0.locked(), await s0.acquire(), s0.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)

    # Barrier
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)

    async def party(name):
        log.append('arrive ' + name)
        idx = await barrier.wait()
        log.append('pass ' + name)
        return idx

    idxs = await asyncio.gather(*(party(n) for n in 'pqr'))
    print(sorted(idxs), log)
    log.clear()
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e, barrier.broken)


asyncio.run(main())
