// The select module: select.select() over select(2) and select.poll objects over poll(2), with
// CPython's argument checks and messages. Interrupted calls are retried with what is left of the
// timeout (PEP 475).
#include <poll.h>
#include <sys/select.h>
#include <time.h>

#include <cerrno>
#include <climits>
#include <cmath>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/signals.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject SelectPoll_Type;

namespace {

struct PollObject : Object {
  DictObject* fds;  // fd (int) -> event mask (int)
  bool polling;
};

// PyObject_AsFileDescriptor: an int, or the result of o.fileno().
int as_file_descriptor(Object* o) {
  Object* v = o;
  if (!is_int(o)) {
    static StrObject* fileno = intern("fileno");
    if (!get_attr_or_null(o, fileno))
      raise_type_error("argument must be an int, or have a fileno() method.");
    v = call_method(o, fileno, nullptr, 0);
    if (!is_int(v)) raise_type_error("fileno() returned a non-integer");
  }
  intptr_t fd;
  if (!int_to_intptr(v, &fd) || fd > INT_MAX || fd < INT_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  if (fd < 0) raise_value_error("file descriptor cannot be a negative integer (%d)", static_cast<int>(fd));
  return static_cast<int>(fd);
}

double now_monotonic() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// ---- select.select ------------------------------------------------------------------------------

struct FdList {
  Object* const* objs = nullptr;
  intptr_t n = 0;
  int* fds = nullptr;
};

void fill_fdlist(Object* seq, FdList* out, fd_set* set, int* maxfd) {
  sequence_fast(seq, "arguments 1-3 must be sequences", &out->objs, &out->n);
  out->fds = static_cast<int*>(gc_alloc_atomic(sizeof(int) * (out->n + 1)));
  for (intptr_t i = 0; i < out->n; ++i) {
    int fd = as_file_descriptor(out->objs[i]);
    if (fd >= FD_SETSIZE) raise_value_error("filedescriptor out of range in select()");
    out->fds[i] = fd;
    FD_SET(fd, set);
    if (fd > *maxfd) *maxfd = fd;
  }
}

ListObject* ready_list(const FdList& l, fd_set* set) {
  ListObject* r = list_new(0);
  for (intptr_t i = 0; i < l.n; ++i)
    if (FD_ISSET(l.fds[i], set)) list_append(r, l.objs[i]);
  return r;
}

Object* select_select(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("select.select", kw);
  check_nargs("select", nargs, 3, 4);
  double timeout = -1;
  if (nargs == 4 && args[3] != Py_None) {
    Object* t = args[3];
    if (is_float(t)) {
      timeout = float_value(t);
      if (std::isnan(timeout)) raise_value_error("Invalid value NaN (not a number)");
    } else if (is_int(t)) {
      timeout = int_as_double(t);
    } else {
      raise_type_error("timeout must be a float or None");
    }
    if (timeout < 0) raise_value_error("timeout must be non-negative");
  }
  fd_set rset, wset, xset;
  FD_ZERO(&rset);
  FD_ZERO(&wset);
  FD_ZERO(&xset);
  int maxfd = -1;
  FdList rl, wl, xl;
  fill_fdlist(args[0], &rl, &rset, &maxfd);
  fill_fdlist(args[1], &wl, &wset, &maxfd);
  fill_fdlist(args[2], &xl, &xset, &maxfd);
  double deadline = timeout >= 0 ? now_monotonic() + timeout : 0;
  fd_set r2, w2, x2;
  for (;;) {
    r2 = rset;
    w2 = wset;
    x2 = xset;
    struct timeval tv;
    struct timeval* tvp = nullptr;
    if (timeout >= 0) {
      // Rounded up to the microsecond, as CPython's _PyTime_ROUND_TIMEOUT.
      double us = std::ceil(timeout * 1e6);
      tv.tv_sec = static_cast<time_t>(us / 1e6);
      tv.tv_usec = static_cast<suseconds_t>(us - static_cast<double>(tv.tv_sec) * 1e6);
      tvp = &tv;
    }
    int n = ::select(maxfd + 1, &r2, &w2, &x2, tvp);
    if (n >= 0) break;
    if (errno != EINTR) raise_os_error(errno);
    check_interrupt();
    if (timeout >= 0) {
      timeout = deadline - now_monotonic();
      if (timeout < 0) timeout = 0;
    }
  }
  return tuple_pack({ready_list(rl, &r2), ready_list(wl, &w2), ready_list(xl, &x2)});
}

// ---- select.poll --------------------------------------------------------------------------------

PollObject* as_poll(Object* o) { return static_cast<PollObject*>(o); }

int event_mask(Object* o) {
  if (is_float(o)) raise_type_error("'float' object cannot be interpreted as an integer");
  Object* v = number_index(o);
  intptr_t m;
  if (!int_to_intptr(v, &m) || m < 0 || m > USHRT_MAX)
    raise_overflow_error(m < 0 ? "can't convert negative int to unsigned"
                               : "Python int too large for C unsigned short");
  return static_cast<int>(m);
}

Object* poll_register(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("register", kw);
  check_nargs("register", nargs, 1, 2);
  int fd = as_file_descriptor(args[0]);
  int mask = nargs > 1 ? event_mask(args[1]) : (POLLIN | POLLPRI | POLLOUT);
  dict_set(as_poll(self)->fds, make_small_int(fd), make_small_int(mask));
  return Py_None;
}

Object* poll_modify(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("modify", kw);
  check_nargs("modify", nargs, 2, 2);
  int fd = as_file_descriptor(args[0]);
  int mask = event_mask(args[1]);
  Object* key = make_small_int(fd);
  if (!dict_contains(as_poll(self)->fds, key)) raise_os_error(ENOENT);
  dict_set(as_poll(self)->fds, key, make_small_int(mask));
  return Py_None;
}

Object* poll_unregister(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("unregister", kw);
  check_nargs("unregister", nargs, 1, 1);
  int fd = as_file_descriptor(args[0]);
  Object* key = make_small_int(fd);
  if (!dict_contains(as_poll(self)->fds, key)) raise_key_error(key);
  dict_del(as_poll(self)->fds, key);
  return Py_None;
}

Object* poll_poll(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("poll", kw);
  check_nargs("poll", nargs, 0, 1);
  PollObject* p = as_poll(self);
  long ms = -1;
  if (nargs == 1 && args[0] != Py_None) {
    Object* t = args[0];
    double d;
    if (is_float(t)) d = float_value(t);
    else if (is_int(t)) d = int_as_double(t);
    else raise_type_error("timeout must be an integer or None");
    if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
    d = d >= 0 ? std::ceil(d) : std::floor(d);
    if (d > INT_MAX) raise_overflow_error("Python int too large to convert to C int");
    ms = d < 0 ? -1 : static_cast<long>(d);
  }
  if (p->polling) raise_fmt(Exc_RuntimeError, "concurrent poll() invocation");
  intptr_t n = p->fds->used;
  struct pollfd* ufds = static_cast<struct pollfd*>(gc_alloc_atomic(sizeof(struct pollfd) * (n + 1)));
  intptr_t pos = 0, i = 0;
  Object *k, *v;
  while (dict_next(p->fds, &pos, &k, &v) && i < n) {
    ufds[i].fd = static_cast<int>(int_as_intptr(k));
    ufds[i].events = static_cast<short>(int_as_intptr(v));
    ufds[i].revents = 0;
    ++i;
  }
  double deadline = ms >= 0 ? now_monotonic() + ms / 1000.0 : 0;
  int r;
  p->polling = true;
  for (;;) {
    r = ::poll(ufds, static_cast<nfds_t>(n), static_cast<int>(ms));
    if (r >= 0) break;
    if (errno != EINTR) {
      p->polling = false;
      raise_os_error(errno);
    }
    try {
      check_interrupt();
    } catch (...) {
      p->polling = false;
      throw;
    }
    if (ms >= 0) {
      double left = deadline - now_monotonic();
      ms = left > 0 ? static_cast<long>(std::ceil(left * 1000)) : 0;
    }
  }
  p->polling = false;
  ListObject* out = list_new(0);
  for (intptr_t j = 0; j < n; ++j) {
    if (!ufds[j].revents) continue;
    list_append(out, tuple_pack({make_small_int(ufds[j].fd),
                                 make_small_int(ufds[j].revents & 0xffff)}));
  }
  return out;
}

const MethodDef poll_methods[] = {
    {"register", poll_register, METH_DEFAULT, "Register a file descriptor with the polling object."},
    {"modify", poll_modify, METH_DEFAULT, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, METH_DEFAULT, "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, METH_DEFAULT, "Polls the set of registered file descriptors."},
    {nullptr, nullptr, 0, nullptr}};

Object* select_poll(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("select.poll", kw);
  check_nargs("select.poll", nargs, 0, 0);
  PollObject* p = alloc_object<PollObject>(&SelectPoll_Type);
  p->fds = dict_new();
  p->polling = false;
  return p;
}

const MethodDef select_functions[] = {
    {"select", select_select, METH_DEFAULT,
     "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", select_poll, METH_DEFAULT,
     "Returns a polling object.\n\nThis object supports registering and unregistering file "
     "descriptors, and then polling them for I/O events."},
    {nullptr, nullptr, 0, nullptr}};

Object* poll_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  raise_type_error("cannot create '%s' instances", type->tp_name);
}

void init_poll_type() {
  TypeObject* t = &SelectPoll_Type;
  if (type_has(t, TPFLAGS_READY)) return;
  t->tp_name = "select.poll";
  t->tp_basicsize = sizeof(PollObject);
  t->tp_methods = poll_methods;
  t->tp_new = poll_new;
  type_ready(t);
}

}  // namespace

Object* create_module_select() {
  init_poll_type();
  ModuleObject* m = module_new("select");
  module_add(m, "__doc__",
             str_from_cstr("This module supports asynchronous I/O on multiple file descriptors.\n"
                           "\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; "
                           "on Unix, all file descriptors."));
  module_add_functions(m, select_functions);
  module_add(m, "error", Exc_OSError);
  struct IntConst {
    const char* name;
    long value;
  };
  static const IntConst consts[] = {
      {"PIPE_BUF", PIPE_BUF},     {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},
      {"POLLOUT", POLLOUT},       {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},
      {"POLLNVAL", POLLNVAL},     {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
      {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},
      {"POLLRDHUP", POLLRDHUP},
  };
  for (const IntConst& c : consts) module_add(m, c.name, make_small_int(c.value));
  return m;
}

}  // namespace slotpy
