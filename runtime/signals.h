// Asynchronous events the interpreter loop attends to at safe points (loop back-edges):
// Ctrl-C (SIGINT becomes KeyboardInterrupt, as CPython's default_int_handler) and the
// finalizers the collector has found ready (weakref callbacks).
#pragma once

#include <csignal>

namespace slotpy {

// Set (by the signal handler or the collector) when the loop should call handle_eval_breaker.
extern volatile bool g_eval_breaker;
// Set by the SIGINT handler until the interrupt is raised or taken.
extern volatile sig_atomic_t g_interrupt_pending;

// Makes SIGINT raise KeyboardInterrupt at the next safe point.
void install_sigint_handler();
// Runs pending finalizers, then raises KeyboardInterrupt if Ctrl-C was pressed.
void handle_eval_breaker();
// Raises KeyboardInterrupt if Ctrl-C was pressed (for blocking calls that saw EINTR).
void check_interrupt();
// Whether Ctrl-C was pressed; clears the flag (for the REPL's line reading).
bool take_interrupt();

}  // namespace slotpy
