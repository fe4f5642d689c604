# Small programs combining async generators, tasks, queues and locks.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def pipeline():
    # stage 1: produce, stage 2: transform, stage 3: collect
    q1, q2 = asyncio.Queue(), asyncio.Queue()

    async def produce():
        async for i in ticker(5, 0.001):
            await q1.put(i)
        await q1.put(None)

    async def transform():
        while (x := await q1.get()) is not None:
            await q2.put(x * x)
        await q2.put(None)

    async def collect():
        out = []
        while (x := await q2.get()) is not None:
            out.append(x)
        return out

    _, _, result = await asyncio.gather(produce(), transform(), collect())
    return result


print(asyncio.run(pipeline()))


# merging async generators with tasks
async def merge(*gens):
    q = asyncio.Queue()
    done = object()

    async def drain(g):
        async for item in g:
            await q.put(item)
        await q.put(done)

    tasks = [asyncio.create_task(drain(g)) for g in gens]
    remaining = len(gens)
    while remaining:
        item = await q.get()
        if item is done:
            remaining -= 1
        else:
            yield item
    await asyncio.gather(*tasks)


async def letters(s, delay):
    for ch in s:
        await asyncio.sleep(delay)
        yield ch


async def use_merge():
    return [x async for x in merge(letters('abc', 0.03), letters('XY', 0.075))]


print(asyncio.run(use_merge()))


# bank account with a lock
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit(self, amount):
        async with self.lock:
            b = self.balance
            await asyncio.sleep(0)
            self.balance = b + amount


async def bank():
    acct = Account()
    await asyncio.gather(*(acct.deposit(i) for i in range(1, 11)))
    return acct.balance


print(asyncio.run(bank()))


# async generator cleanup when the consumer stops early
log = []


async def resource():
    log.append('open')
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append('close')


async def early_exit():
    ag = resource()
    async for x in ag:
        if x == 2:
            break
    await ag.aclose()
    return x


print(asyncio.run(early_exit()), log)


# recursive tasks: parallel sum of a tree
async def tree_sum(node):
    if isinstance(node, int):
        await asyncio.sleep(0)
        return node
    parts = await asyncio.gather(*(tree_sum(n) for n in node))
    return sum(parts)


print(asyncio.run(tree_sum([1, [2, 3, [4, 5]], [[6], 7], 8])))


# rate limiting with a semaphore and timing-independent output
async def fetch(sem, i, active, peak):
    async with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        await asyncio.sleep(0.002)
        active.remove(i)
        return i * 10


async def crawl():
    sem = asyncio.Semaphore(3)
    active, peak = [], [0]
    results = await asyncio.gather(*(fetch(sem, i, active, peak) for i in range(8)))
    return results, peak[0]


print(asyncio.run(crawl()))


# an async iterator class driven by asyncio.sleep
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def countdown():
    return [x async for x in Countdown(4)], {x async for x in Countdown(3)}


print(asyncio.run(countdown()))


# producer/consumer with task_done/join and worker cancellation
async def workers_demo():
    q = asyncio.Queue()
    results = []

    async def worker():
        while True:
            n = await q.get()
            results.append(n * 2)
            q.task_done()

    for n in range(10):
        q.put_nowait(n)
    ws = [asyncio.create_task(worker()) for _ in range(3)]
    await q.join()
    for w in ws:
        w.cancel()
    statuses = await asyncio.gather(*ws, return_exceptions=True)
    return sorted(results), [type(s).__name__ for s in statuses]


print(asyncio.run(workers_demo()))
