// The atexit module (stdlib/atexitmodule.cpp).
#pragma once

namespace slotpy {

// Runs the registered exit functions, last registered first, and forgets them; errors are
// reported on sys.stderr ("Exception ignored in atexit callback: ...") and never propagate.
void run_atexit_callbacks();

}  // namespace slotpy
