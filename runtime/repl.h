// The interactive loop: `slotpy` with no arguments on a terminal, or `slotpy -i` after a
// script. Reads statements with sys.ps1 / sys.ps2 prompts (runtime/line_editor.h), runs each
// in __main__, prints expression values through sys.displayhook, and reports exceptions
// without ending the session.
#pragma once

namespace slotpy {

// Runs the loop in the module sys.modules['__main__'] until end of input (Ctrl-D) or
// SystemExit; returns the exit status. `banner`: print the greeting first.
int run_repl(bool banner);

}  // namespace slotpy
