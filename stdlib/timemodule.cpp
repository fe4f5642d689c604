// The time module: clocks, sleep, and conversions between timestamps and struct_time.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>
#include <utility>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/signals.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/import.h"
#include "runtime/intobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

namespace {

TypeObject* g_struct_time = nullptr;  // GC root (static data)

TypeObject* struct_time_type() {
  if (!g_struct_time) {
    static const char* const fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour",
                                         "tm_min",  "tm_sec",  "tm_wday", "tm_yday",
                                         "tm_isdst", "tm_zone", "tm_gmtoff"};
    g_struct_time = structseq_new_type(
        "time.struct_time", fields, 11, 9, true,
        "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by "
        "asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.");
  }
  return g_struct_time;
}

Object* clock_float(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return float_new(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}

Object* clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  Object* s = int_mul(int_from_intptr(ts.tv_sec), int_from_intptr(1000000000));
  return int_add(s, int_from_intptr(ts.tv_nsec));
}

#define SLOTPY_CLOCK_FN_(pyname, clock)                                                   \
  Object* time_##pyname(Object*, Object* const*, size_t nargs, TupleObject* kw) {         \
    check_no_kwargs("time." #pyname, kw);                                                 \
    check_nargs("time." #pyname, nargs, 0, 0);                                            \
    return clock_float(clock);                                                            \
  }                                                                                       \
  Object* time_##pyname##_ns(Object*, Object* const*, size_t nargs, TupleObject* kw) {    \
    check_no_kwargs("time." #pyname "_ns", kw);                                           \
    check_nargs("time." #pyname "_ns", nargs, 0, 0);                                      \
    return clock_ns(clock);                                                               \
  }
SLOTPY_CLOCK_FN_(time, CLOCK_REALTIME)
SLOTPY_CLOCK_FN_(perf_counter, CLOCK_MONOTONIC)
SLOTPY_CLOCK_FN_(monotonic, CLOCK_MONOTONIC)
SLOTPY_CLOCK_FN_(process_time, CLOCK_PROCESS_CPUTIME_ID)
SLOTPY_CLOCK_FN_(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef SLOTPY_CLOCK_FN_

// A number of seconds (int or float) as a double, with CPython's errors.
double seconds_arg(Object* o) {
  if (is_float(o)) {
    double d = float_value(o);
    if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
    return d;
  }
  if (is_int(o)) return int_as_double(o);
  if (type_of(o)->nb_float) return as_double(o);
  return int_as_double(number_index(o));
}

Object* time_sleep(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("time.sleep", kw);
  check_nargs("time.sleep", nargs, 1, 1);
  double secs = seconds_arg(args[0]);
  if (secs < 0) raise_value_error("sleep length must be non-negative");
  if (!std::isfinite(secs) || secs > 9.2e18 / 1e9)
    raise_overflow_error("timestamp too large to convert to C _PyTime_t");
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = std::floor(secs);
  deadline.tv_sec += static_cast<time_t>(whole);
  deadline.tv_nsec += static_cast<long>((secs - whole) * 1e9);
  if (deadline.tv_nsec >= 1000000000L) {
    deadline.tv_nsec -= 1000000000L;
    deadline.tv_sec += 1;
  }
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
    check_interrupt();  // Ctrl-C: KeyboardInterrupt, as CPython's sleep
  }
  return Py_None;
}

// A timestamp argument (None or missing: now).
time_t timestamp_arg(Object* o) {
  if (!o || o == Py_None) return ::time(nullptr);
  double d;
  if (is_float(o)) {
    d = float_value(o);
    if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
    if (!(d >= -9.2e18 && d <= 9.2e18))
      raise_overflow_error("timestamp out of range for platform time_t");
    return static_cast<time_t>(d >= 0 ? std::floor(d) : std::ceil(d));
  }
  Object* i = number_index(o);
  intptr_t v;
  if (!int_to_intptr(i, &v)) raise_overflow_error("timestamp out of range for platform time_t");
  return static_cast<time_t>(v);
}

Object* tm_to_struct(const struct tm& t) {
  Object* v[11] = {
      int_from_intptr(t.tm_year + 1900LL), make_small_int(t.tm_mon + 1),
      make_small_int(t.tm_mday),          make_small_int(t.tm_hour),
      make_small_int(t.tm_min),           make_small_int(t.tm_sec),
      make_small_int((t.tm_wday + 6) % 7), make_small_int(t.tm_yday + 1),
      make_small_int(t.tm_isdst),         t.tm_zone ? str_from_cstr(t.tm_zone) : Py_None,
      int_from_intptr(t.tm_gmtoff)};
  return structseq_new(struct_time_type(), v);
}

Object* time_gmtime(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("gmtime", kw);
  if (nargs > 1) raise_type_error("gmtime() takes at most 1 argument (%zu given)", nargs);
  time_t t = timestamp_arg(nargs ? args[0] : nullptr);
  struct tm tm;
  if (!gmtime_r(&t, &tm)) raise_os_error(errno ? errno : EOVERFLOW);
  return tm_to_struct(tm);
}

Object* time_localtime(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("localtime", kw);
  if (nargs > 1) raise_type_error("localtime() takes at most 1 argument (%zu given)", nargs);
  time_t t = timestamp_arg(nargs ? args[0] : nullptr);
  struct tm tm;
  if (!localtime_r(&t, &tm)) raise_os_error(errno ? errno : EOVERFLOW);
  return tm_to_struct(tm);
}

int int_field(Object* o) {
  Object* i = number_index(o);
  intptr_t v;
  if (!int_to_intptr(i, &v) || v > INT32_MAX || v < INT32_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  return static_cast<int>(v);
}

// struct_time or a 9-tuple -> struct tm (CPython's gettmarg).
void tuple_to_tm(Object* o, struct tm* out, const char* fname) {
  if (!is_tuple(o)) raise_type_error("Tuple or struct_time argument required");
  if (tuple_size(o) != 9)
    raise_type_error("%s(): illegal time tuple argument", fname);
  std::memset(out, 0, sizeof *out);
  int year = int_field(tuple_item(o, 0));
  out->tm_year = year - 1900;
  out->tm_mon = int_field(tuple_item(o, 1)) - 1;
  out->tm_mday = int_field(tuple_item(o, 2));
  out->tm_hour = int_field(tuple_item(o, 3));
  out->tm_min = int_field(tuple_item(o, 4));
  out->tm_sec = int_field(tuple_item(o, 5));
  out->tm_wday = (int_field(tuple_item(o, 6)) + 1) % 7;
  out->tm_yday = int_field(tuple_item(o, 7)) - 1;
  out->tm_isdst = int_field(tuple_item(o, 8));
  if (type_of(o) == g_struct_time) {
    Object* zone = static_cast<TupleObject*>(o)->items[9];
    Object* off = static_cast<TupleObject*>(o)->items[10];
    if (zone && is_str(zone)) out->tm_zone = str_utf8(static_cast<StrObject*>(zone));
    if (off && is_int(off)) out->tm_gmtoff = int_as_intptr(off);
  }
}

// CPython's checktm (for asctime and strftime).
void check_tm(struct tm* t, bool strftime_mode) {
  if (strftime_mode) {
    // strftime normalizes out-of-range zero values instead of raising.
    if (t->tm_mon == -1) t->tm_mon = 0;
    if (t->tm_mday == 0) t->tm_mday = 1;
    if (t->tm_yday == -1) t->tm_yday = 0;
    if (t->tm_wday < 0) t->tm_wday = (t->tm_wday % 7 + 7) % 7;
    if (t->tm_isdst < -1) t->tm_isdst = -1;
    else if (t->tm_isdst > 1) t->tm_isdst = 1;
  }
  if (t->tm_mon < 0 || t->tm_mon > 11) raise_value_error("month out of range");
  if (t->tm_mday < 1 || t->tm_mday > 31) raise_value_error("day of month out of range");
  if (t->tm_hour < 0 || t->tm_hour > 23) raise_value_error("hour out of range");
  if (t->tm_min < 0 || t->tm_min > 59) raise_value_error("minute out of range");
  if (t->tm_sec < 0 || t->tm_sec > 61) raise_value_error("seconds out of range");
  if (t->tm_wday < 0) raise_value_error("day of week out of range");
  if (t->tm_yday < 0 || t->tm_yday > 365) raise_value_error("day of year out of range");
}

Object* format_asctime(const struct tm& t) {
  static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return str_format_c("%s %s%3d %.2d:%.2d:%.2d %d", wday[t.tm_wday % 7], mon[t.tm_mon],
                      t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
}

Object* time_asctime(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("asctime", kw);
  check_nargs("asctime", nargs, 0, 1);
  struct tm t;
  if (nargs) {
    tuple_to_tm(args[0], &t, "asctime");
    check_tm(&t, false);
  } else {
    time_t now = ::time(nullptr);
    localtime_r(&now, &t);
  }
  return format_asctime(t);
}

Object* time_ctime(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("ctime", kw);
  if (nargs > 1) raise_type_error("ctime() takes at most 1 argument (%zu given)", nargs);
  time_t secs = timestamp_arg(nargs ? args[0] : nullptr);
  struct tm t;
  if (!localtime_r(&secs, &t)) raise_os_error(errno ? errno : EOVERFLOW);
  return format_asctime(t);
}

Object* time_mktime(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("time.mktime", kw);
  check_nargs("time.mktime", nargs, 1, 1);
  struct tm t;
  tuple_to_tm(args[0], &t, "mktime");
  t.tm_wday = -1;
  time_t r = ::mktime(&t);
  if (r == static_cast<time_t>(-1) && t.tm_wday == -1)
    raise_overflow_error("mktime argument out of range");
  return float_new(static_cast<double>(r));
}

Object* time_strftime(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("strftime", kw);
  if (nargs < 1) raise_type_error("strftime() takes at least 1 argument (0 given)");
  if (nargs > 2) raise_type_error("strftime() takes at most 2 arguments (%zu given)", nargs);
  if (!is_str(args[0]))
    raise_type_error("strftime() argument 1 must be str, not %s", type_name(args[0]));
  struct tm t;
  if (nargs > 1) {
    tuple_to_tm(args[1], &t, "strftime");
    check_tm(&t, true);
  } else {
    time_t now = ::time(nullptr);
    localtime_r(&now, &t);
  }
  size_t flen;
  const char* fmt = str_utf8(static_cast<StrObject*>(args[0]), &flen);
  if (flen == 0) return Empty_Str;
  if (std::memchr(fmt, '\0', flen)) raise_value_error("embedded null character");
  // A trailing space makes an empty result distinguishable from a too-small buffer.
  std::string f(fmt, flen);
  f += ' ';
  std::string buf(1024, '\0');
  for (;;) {
    size_t n = ::strftime(buf.data(), buf.size(), f.c_str(), &t);
    if (n > 0) {
      buf.resize(n - 1);
      break;
    }
    if (buf.size() > 256 * flen + 65536) {
      buf.clear();
      break;
    }
    buf.resize(buf.size() * 2);
  }
  return str_from(buf);
}

Object* time_get_clock_info(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("get_clock_info", kw);
  if (nargs != 1) raise_type_error("get_clock_info() takes exactly 1 argument (%zu given)", nargs);
  if (!is_str(args[0]))
    raise_type_error("get_clock_info() argument 1 must be str, not %s", type_name(args[0]));
  struct ClockInfo {
    const char* name;
    const char* implementation;
    clockid_t id;
    bool monotonic;
  };
  static const ClockInfo clocks[] = {
      {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false},
      {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true},
      {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true},
      {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true},
      {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true},
  };
  for (const ClockInfo& c : clocks) {
    if (!str_eq_cstr(static_cast<StrObject*>(args[0]), c.name)) continue;
    struct timespec res;
    double resolution = 1e-9;
    if (clock_getres(c.id, &res) == 0)
      resolution = static_cast<double>(res.tv_sec) + static_cast<double>(res.tv_nsec) * 1e-9;
    // A types.SimpleNamespace, as CPython's.
    static const char* const from[] = {"SimpleNamespace"};
    Object* fromlist = tuple_pack({str_from_cstr(from[0])});
    Object* types = import_name(intern("types"), nullptr, fromlist, 0);
    Object* ns_type = get_attr(types, intern("SimpleNamespace"));
    Object* vals[4] = {str_from_cstr(c.implementation), py_bool(c.monotonic),
                       py_bool(!c.monotonic), float_new(resolution)};
    TupleObject* names = tuple_pack({str_from_cstr("implementation"), str_from_cstr("monotonic"),
                                     str_from_cstr("adjustable"), str_from_cstr("resolution")});
    return call(ns_type, vals, 0, names);
  }
  raise_value_error("unknown clock");
}

// timezone, altzone, daylight and tzname as CPython computes them with glibc: from the local
// time of this year's January and July (not tzset()'s globals, which remember zones the
// place used in the past).
void set_zone_attributes(ModuleObject* m) {
  tzset();
  const time_t year = (365 * 24 + 6) * 3600;
  time_t t = (std::time(nullptr) / year) * year;
  struct tm jan, jul;
  localtime_r(&t, &jan);
  time_t t2 = t + year / 2;
  localtime_r(&t2, &jul);
  long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  std::string janname = jan.tm_zone ? jan.tm_zone : "", julname = jul.tm_zone ? jul.tm_zone : "";
  if (janzone < julzone) std::swap(janzone, julzone), std::swap(janname, julname);  // south
  module_add(m, "timezone", int_from_intptr(janzone));
  module_add(m, "altzone", int_from_intptr(julzone));
  module_add(m, "daylight", make_small_int(janzone != julzone));
  module_add(m, "tzname", tuple_pack({str_from(janname), str_from(julname)}));
}

Object* time_tzset(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("tzset", kwnames);
  check_nargs("time.tzset", nargs, 0, 0);
  static StrObject* name = intern("time");
  Object* m = dict_get_str(sys_modules(), name);
  if (m && type_of(m) == &Module_Type) set_zone_attributes(static_cast<ModuleObject*>(m));
  return Py_None;
}

// strptime is written in Python (_strptime, shared with datetime); the arguments are passed on.
Object* time_strptime(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("strptime", kwnames);
  Object* module = import_name(intern("_strptime"), nullptr, nullptr, 0);
  Object* fn = get_attr(module, intern("_strptime_time"));
  return call(fn, args, nargs, nullptr);
}

const MethodDef time_functions[] = {
    {"tzset", time_tzset, METH_DEFAULT, "tzset()\n\nInitialize, or reinitialize, the local timezone to the value of the environment\nvariable TZ."},
    {"time", time_time, METH_DEFAULT,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\n"
     "Fractions of a second may be present if the system clock provides them."},
    {"time_ns", time_time_ns, METH_DEFAULT,
     "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"perf_counter", time_perf_counter, METH_DEFAULT,
     "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, METH_DEFAULT,
     "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"monotonic", time_monotonic, METH_DEFAULT,
     "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, METH_DEFAULT,
     "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", time_process_time, METH_DEFAULT,
     "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space "
     "CPU time."},
    {"process_time_ns", time_process_time_ns, METH_DEFAULT,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel "
     "and user-space CPU time."},
    {"thread_time", time_thread_time, METH_DEFAULT,
     "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space "
     "CPU time."},
    {"thread_time_ns", time_thread_time_ns, METH_DEFAULT,
     "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and "
     "user-space CPU time."},
    {"sleep", time_sleep, METH_DEFAULT,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
     "a floating point number for subsecond precision."},
    {"gmtime", time_gmtime, METH_DEFAULT,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
     "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the "
     "Epoch to a time tuple expressing UTC (a.k.a.\nGMT)."},
    {"localtime", time_localtime, METH_DEFAULT,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
     "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the "
     "Epoch to a time tuple expressing local time."},
    {"asctime", time_asctime, METH_DEFAULT,
     "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 "
     "1998'."},
    {"ctime", time_ctime, METH_DEFAULT,
     "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in "
     "local time."},
    {"mktime", time_mktime, METH_DEFAULT,
     "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds "
     "since the Epoch."},
    {"strftime", time_strftime, METH_DEFAULT,
     "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a "
     "format specification."},
    {"strptime", time_strptime, METH_DEFAULT,
     "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\nSee the library reference manual for formatting codes (same as\nstrftime())."},
    {"get_clock_info", time_get_clock_info, METH_DEFAULT,
     "get_clock_info(name: str) -> dict\n\nGet information of the specified clock."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* create_module_time() {
  ModuleObject* m = module_new("time");
  module_add_functions(m, time_functions);
  module_add(m, "__doc__", str_from_cstr("This module provides various functions to manipulate time values."));
  module_add(m, "struct_time", struct_time_type());
  set_zone_attributes(m);
  module_add(m, "CLOCK_REALTIME", make_small_int(CLOCK_REALTIME));
  module_add(m, "CLOCK_MONOTONIC", make_small_int(CLOCK_MONOTONIC));
  module_add(m, "CLOCK_PROCESS_CPUTIME_ID", make_small_int(CLOCK_PROCESS_CPUTIME_ID));
  module_add(m, "CLOCK_THREAD_CPUTIME_ID", make_small_int(CLOCK_THREAD_CPUTIME_ID));
  return m;
}

}  // namespace slotpy
