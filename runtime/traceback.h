// Printing uncaught exceptions as CPython 3.11's default sys.excepthook does: the traceback
// entries with their source lines and "~~~^^^" position markers, the exception chain
// (__cause__ / __context__), SyntaxError's file/line/caret block, exception groups, __notes__
// and the "Did you mean" suggestions of NameError and AttributeError.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace slotpy {

// Prints exc (an exception instance) with its traceback and its chain to sys.stderr, as
// CPython 3.11's default sys.excepthook does, then flushes sys.stderr. Never throws (errors
// while printing are swallowed). Prints nothing when sys.stderr is None; writes to fd 2 when
// sys.stderr is missing. The current exception (current_exception()) is left unchanged.
void print_exception(Object* exc);
// The same, written to `file` (any object with a write(str) method; None: nothing).
void print_exception_to(Object* exc, Object* file);

// Handles an uncaught SystemExit like CPython: returns the process exit status (code None -> 0,
// int -> that value truncated to a C int (-1 when it does not fit a C long), anything else ->
// str(code) is written to sys.stderr with a newline and 1 is returned). Never throws.
int system_exit_status(Object* exc);

// An uncaught exception at the top level (a script's or an interactive input's): SystemExit
// gives its exit status; BrokenPipeError is quiet (120); anything else goes to sys.excepthook
// (or print_exception) and gives 1. Never throws.
int report_uncaught_exception(Object* exc);

// sys.excepthook / sys.__excepthook__ (vectorcall; self ignored): excepthook(type, value, tb)
// prints value as print_exception does (using tb when value has no traceback of its own).
Object* sys_excepthook(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames);

// ---- pieces exposed for tests (pure text functions) ------------------------------------------
// The marker line CPython 3.11 prints under a traceback source line, without the trailing
// newline, or "" when none is printed. `line` is the full source line (UTF-8, no newline);
// (lineno, end_lineno, col, end_col) is the instruction's span (UTF-8 byte columns).
std::string traceback_caret_line(std::string_view line, int lineno, int end_lineno, int col,
                                 int end_col);
// Forgets the cached source files (the next traceback re-reads them).
void traceback_clear_line_cache();

}  // namespace slotpy
