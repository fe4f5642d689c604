// Argument checking for native functions, with CPython's TypeError messages.
#pragma once

#include "runtime/object.h"

namespace slotpy {

// "f() takes no keyword arguments"
void check_no_kwargs(const char* fname, TupleObject* kwnames);
// Positional-count checks. Messages as CPython's for builtins:
// exactly one: "len() takes exactly one argument (2 given)"
// none:        "f() takes no arguments (1 given)"
// range:       "f expected at least 1 argument, got 0" / "f expected at most 2 arguments, got 3"
void check_nargs(const char* fname, size_t nargs, size_t min, size_t max);

// Binds positional and keyword arguments to named parameters.
//   names[0..nparams): parameter names; the first `posonly` are positional-only; those from
//   `kwonly` on are keyword-only (kwonly == nparams when there are none); the first `required`
//   must be given. out[i] is nullptr for a parameter not passed.
// Messages (and the order of the checks) follow CPython's Argument Clinic ones:
//   "f() takes at most 2 arguments (3 given)", "f() takes exactly 1 positional argument (2
//   given)", "f() missing required argument 'x' (pos 1)", "argument for f() given by name ('x')
//   and position (1)", "'y' is an invalid keyword argument for f()".
void parse_args(const char* fname, Object* const* args, size_t nargs, TupleObject* kwnames,
                const char* const* names, int nparams, int required, int posonly, int kwonly,
                Object** out);

}  // namespace slotpy
