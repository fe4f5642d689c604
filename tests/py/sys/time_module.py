# the time module: clocks, sleep, gmtime/localtime, strftime, asctime, struct_time
import time


def t(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e)


for f in [time.time, time.monotonic, time.perf_counter, time.process_time, time.thread_time]:
    print(f.__name__, type(f()).__name__)
for f in [time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns]:
    print(f.__name__, type(f()).__name__)
a = time.monotonic()
b = time.perf_counter()
time.sleep(0.02)
print(time.monotonic() - a >= 0.015, time.perf_counter() - b >= 0.015, time.sleep(0))
print(abs(time.time() - time.time_ns() / 1e9) < 1)
t(time.sleep, -1)
t(time.sleep, 'x')
t(time.sleep)
t(time.sleep, float('nan'))
t(time.sleep, None)
g = time.gmtime(1234567890)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g[0], g[-1], len(g), g[:3], g.tm_zone, g.tm_gmtoff, type(g).__name__, isinstance(g, tuple))
print(time.gmtime(0), time.gmtime(-86400)[:6], time.gmtime(1.9)[5])
t(time.gmtime, 'x')
t(time.gmtime, float('nan'))
t(time.gmtime, 1, 2)
print(time.strftime('%Y-%m-%d %H:%M:%S', g), time.strftime('%a %A %b %B %j %U %w %y %%', g))
print(repr(time.strftime('', g)), time.strftime('%H%M', (2000, 1, 1, 13, 5, 0, 0, 1, 0)))
print(time.strftime('%Y', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
t(time.strftime, 1)
t(time.strftime, '%Y', (1,))
t(time.strftime, '%Y', 'x')
t(time.strftime)
t(time.strftime, '%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))
t(time.strftime, '%Y', (2000, 1, 32, 0, 0, 0, 0, 1, 0))
t(time.strftime, '%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0))
print(time.asctime(g), time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
t(time.asctime, (2000, 1, 1, 0, 0, 0, 0, 1))
t(time.asctime, 1)
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_zone, st.tm_gmtoff, st == (2000, 1, 2, 3, 4, 5, 6, 7, 0))
t(time.struct_time, (1, 2))
t(time.struct_time, range(12))
t(time.struct_time, 5)
print(type(time.localtime()).__name__, time.localtime(0).tm_year in (1969, 1970))
print(type(time.mktime(time.localtime())).__name__, time.mktime(time.localtime(1000000000)))
t(time.mktime, 'x')
print(type(time.ctime()).__name__, len(time.ctime(0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, len(time.tzname), time.daylight in (0, 1))
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable)
t(time.get_clock_info, 'nope')
t(time.get_clock_info, 1)
