// The native part of the signal module (stdlib/_signalmodule.cpp).
#pragma once

namespace slotpy {

// Calls the Python handlers (set with signal.signal) of the signals that arrived since the last
// call; a handler's exception propagates. Cheap when nothing is pending: meant for the
// interpreter's safe points (handle_eval_breaker) and for blocking calls that saw EINTR.
void run_pending_signal_handlers();

}  // namespace slotpy
