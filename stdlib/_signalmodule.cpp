// _signal: the native core of the signal module (stdlib/lib/signal.py adds the enums).
// signal()/getsignal() keep CPython's table of handlers. SIG_DFL and SIG_IGN are installed as
// they are; a Python handler installs a C handler that records the signal, and
// run_pending_signal_handlers() (signalmodule.h) calls the Python handlers at a safe point.
// SIGINT stays with the runtime's own handler (KeyboardInterrupt) while its Python handler is
// default_int_handler.
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <cerrno>
#include <climits>

#include "stdlib/signalmodule.h"

#include "runtime/args.h"
#include "runtime/frame.h"
#include "runtime/frameobject.h"
#include "runtime/dictobject.h"
#include "runtime/listobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/intobject.h"
#include "runtime/moduleobject.h"
#include "runtime/signals.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

namespace {

Object** g_handlers = nullptr;  // NSIG entries (GC memory; static data is a GC root)
Object* g_default_int_handler = nullptr;
volatile sig_atomic_t g_pending[NSIG];
volatile sig_atomic_t g_any_pending = 0;

void on_signal(int sig) {
  g_pending[sig] = 1;
  g_any_pending = 1;
  g_eval_breaker = true;
}

int signum_param(Object* o) {
  if (is_float(o)) raise_type_error("'float' object cannot be interpreted as an integer");
  Object* v = number_index(o);
  intptr_t n;
  if (!int_to_intptr(v, &n) || n > INT_MAX || n < INT_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  if (n < 1 || n >= NSIG) raise_value_error("signal number out of range");
  return static_cast<int>(n);
}

bool is_handler_int(Object* h, long* out) {
  if (!is_int(h)) return false;
  intptr_t v;
  if (!int_to_intptr(h, &v)) return false;
  if (v != reinterpret_cast<intptr_t>(SIG_DFL) && v != reinterpret_cast<intptr_t>(SIG_IGN))
    return false;
  *out = static_cast<long>(v);
  return true;
}

Object* initial_handler(int sig) {
  if (sig == SIGINT) return g_default_int_handler;
  struct sigaction sa;
  if (sigaction(sig, nullptr, &sa) != 0) return Py_None;
  if (sa.sa_handler == SIG_IGN) return make_small_int(1);
  if (sa.sa_handler == SIG_DFL) return make_small_int(0);
  return Py_None;
}

Object* signal_default_int_handler(Object*, Object* const*, size_t, TupleObject*) {
  raise(new_exception(Exc_KeyboardInterrupt, nullptr, 0));
}

Object* signal_signal(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("signal", kw);
  if (nargs != 2) raise_type_error("signal expected 2 arguments, got %zu", nargs);
  int sig = signum_param(args[0]);
  Object* h = args[1];
  long code;
  struct sigaction sa = {};
  sigemptyset(&sa.sa_mask);
  if (is_handler_int(h, &code)) {
    sa.sa_handler = code == 0 ? SIG_DFL : SIG_IGN;
  } else if (type_of(h)->tp_call) {
    sa.sa_handler = on_signal;
  } else {
    raise_type_error(
        "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  Object* old = g_handlers[sig];
  if (sig == SIGINT && h == g_default_int_handler) {
    install_sigint_handler();
  } else if (sigaction(sig, &sa, nullptr) != 0) {
    raise_os_error(errno);
  }
  g_handlers[sig] = h;
  return old;
}

Object* signal_getsignal(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("getsignal", kw);
  check_nargs("getsignal", nargs, 1, 1);
  return g_handlers[signum_param(args[0])];
}

Object* signal_strsignal(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("strsignal", kw);
  check_nargs("strsignal", nargs, 1, 1);
  int sig = signum_param(args[0]);
  const char* s = sigdescr_np(sig);
  if (!s) return Py_None;
  return str_from_cstr(s);
}

Object* signal_raise_signal(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("raise_signal", kw);
  check_nargs("raise_signal", nargs, 1, 1);
  if (::raise(signum_param(args[0])) != 0) raise_os_error(errno);
  run_pending_signal_handlers();
  return Py_None;
}

Object* signal_alarm(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("alarm", kw);
  check_nargs("alarm", nargs, 1, 1);
  if (is_float(args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  intptr_t n = index_value(args[0]);
  return make_small_int(::alarm(static_cast<unsigned>(n)));
}

Object* signal_pause(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("pause", kw);
  check_nargs("pause", nargs, 0, 0);
  ::pause();
  run_pending_signal_handlers();
  check_interrupt();
  return Py_None;
}

Object* signal_valid_signals(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("valid_signals", kw);
  check_nargs("valid_signals", nargs, 0, 0);
  ListObject* out = list_new(0);
  sigset_t set;
  sigfillset(&set);
  for (int i = 1; i < NSIG; ++i)
    if (sigismember(&set, i) == 1) list_append(out, make_small_int(i));
  return out;
}

const MethodDef signal_functions[] = {
    {"signal", signal_signal, METH_DEFAULT, "Set the action for the given signal."},
    {"getsignal", signal_getsignal, METH_DEFAULT, "Return the current action for the given signal."},
    {"strsignal", signal_strsignal, METH_DEFAULT, "Return the system description of the given signal."},
    {"raise_signal", signal_raise_signal, METH_DEFAULT, "Send a signal to the executing process."},
    {"alarm", signal_alarm, METH_DEFAULT, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", signal_pause, METH_DEFAULT, "Wait until a signal arrives."},
    {"_valid_signals", signal_valid_signals, METH_DEFAULT, "The signal numbers valid on this platform."},
    {nullptr, nullptr, 0, nullptr}};

const MethodDef default_int_handler_def[] = {
    {"default_int_handler", signal_default_int_handler, METH_DEFAULT,
     "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

// Runs the Python handlers of the signals that arrived (exceptions propagate).
void run_pending_signal_handlers() {
  if (!g_any_pending || !g_handlers) return;
  g_any_pending = 0;
  for (int sig = 1; sig < NSIG; ++sig) {
    if (!g_pending[sig]) continue;
    g_pending[sig] = 0;
    Object* h = g_handlers[sig];
    if (!h || is_int(h) || h == Py_None) continue;
    call2(h, make_small_int(sig), g_ts.frame ? frame_snapshot_of(g_ts.frame) : Py_None);
  }
}

Object* create_module__signal() {
  ModuleObject* m = module_new("_signal");
  module_add_functions(m, signal_functions);
  module_add_functions(m, default_int_handler_def);
  g_default_int_handler = dict_get_cstr(module_dict(m), "default_int_handler");
  g_handlers = static_cast<Object**>(gc_alloc(sizeof(Object*) * NSIG));
  for (int i = 1; i < NSIG; ++i) g_handlers[i] = initial_handler(i);
  return m;
}

}  // namespace slotpy
