# asyncio.Queue, LifoQueue, PriorityQueue.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), q.empty(), str(q))
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), type(e).__mro__[1].__name__)

    b = asyncio.Queue(maxsize=2)
    await b.put('a')
    b.put_nowait('b')
    print(b.full(), str(b))
    try:
        b.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull')

    # put() waits while the queue is full
    order = []

    async def producer():
        for x in 'cde':
            await b.put(x)
            order.append('put ' + x)

    async def consumer():
        for _ in range(5):
            item = await b.get()
            order.append('got ' + item)
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer())
    print(order)

    # get() waits while the queue is empty
    q = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0.01)
        await q.put('late')

    t = asyncio.create_task(late_put())
    print(await q.get())
    await t

    # task_done / join
    q = asyncio.Queue()
    done = []

    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.001 * item)
            done.append((name, item))
            q.task_done()

    for i in range(6):
        q.put_nowait(i % 3)
    workers = [asyncio.create_task(worker('w%d' % i)) for i in range(2)]
    await q.join()
    print(sorted(item for _, item in done), len(done))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    await q.join()   # nothing unfinished: returns at once

    # LIFO and priority
    lq = asyncio.LifoQueue()
    for x in (1, 2, 3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for x in ((3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')):
        await pq.put(x)
    print([(await pq.get())[1] for _ in range(4)], str(pq))

    # a cancelled get() leaves the queue usable
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.gather(g, return_exceptions=True)
    q.put_nowait('after cancel')
    print(g.cancelled(), await q.get(), q.empty())

    # wait_for with a queue get
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('get timed out', q.empty())

    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(asyncio.Queue[int])


asyncio.run(main())
