# gi_frame/cr_frame (snapshots: line, locals), generator and coroutine states, async predicates
import inspect, types, asyncio
import inspect
def gen():
    x = 1
    yield x
    yield 2
g = gen()
print(inspect.getgeneratorstate(g), g.gi_frame is not None, g.gi_running, g.gi_code.co_name, g.gi_yieldfrom)
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_code.co_name, inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame)
async def co(): pass
c = co(); print(c.cr_frame is not None, inspect.getcoroutinestate(c) if hasattr(inspect, 'getcoroutinestate') else 'n/a'); c.close(); print(c.cr_frame)
async def co(): return 1
async def ag(): yield 1
def gen(): yield 1
c = co()
print([getattr(inspect, n)(f) for n in ('iscoroutinefunction', 'isasyncgenfunction', 'isgeneratorfunction') for f in (co, ag, gen)])
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(ag()), inspect.getcoroutinestate(c), asyncio.iscoroutinefunction(co))
print(inspect.getcoroutinelocals(c)); c.close(); print(inspect.getcoroutinestate(c))
print(types.CoroutineType, type(ag()), inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR)
