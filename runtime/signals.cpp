// SIGINT and the eval breaker: see signals.h.
#include "runtime/signals.h"

#include "stdlib/signalmodule.h"

#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/runtime.h"

namespace slotpy {

volatile bool g_eval_breaker = false;
volatile sig_atomic_t g_interrupt_pending = 0;

namespace {
void on_sigint(int) {
  g_interrupt_pending = 1;
  g_eval_breaker = true;
}
}  // namespace

void install_sigint_handler() {
  struct sigaction sa = {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read returns EINTR
  sigaction(SIGINT, &sa, nullptr);
}

bool take_interrupt() {
  if (!g_interrupt_pending) return false;
  g_interrupt_pending = 0;
  return true;
}

void check_interrupt() {
  if (take_interrupt()) raise(new_exception(Exc_KeyboardInterrupt, nullptr, 0));
}

void handle_eval_breaker() {
  g_eval_breaker = false;
  if (g_finalizers_pending) run_pending_finalizers();
  run_pending_signal_handlers();  // Python handlers set with signal.signal()
  check_interrupt();
}

}  // namespace slotpy
