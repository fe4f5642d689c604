// The iterator types of the builtins: enumerate, zip, map, filter, reversed, and the
// callable_iterator returned by iter(callable, sentinel).
// types: Enumerate_Type Zip_Type Map_Type Filter_Type Reversed_Type CallIter_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject Enumerate_Type, Zip_Type, Map_Type, Filter_Type, Reversed_Type, CallIter_Type;

// iter(callable, sentinel).
Object* callable_iter_new(Object* callable, Object* sentinel);

// Fills the type objects above (called by runtime_init before type_ready).
void init_iterobject_types();

// Argument binding with the messages of CPython's PyArg_ParseTupleAndKeywords, which several
// builtins (print, min, max, enumerate, zip, open, ...) still use:
//   "'x' is an invalid keyword argument for f()", "f() missing required argument 'x' (pos 1)",
//   "argument for f() given by name ('x') and position (1)",
//   "f() takes at most 2 arguments (3 given)".
// names/nparams/required/kwonly as parse_args in args.h (no positional-only parameters).
void parse_args_old(const char* fname, Object* const* args, size_t nargs, TupleObject* kwnames,
                    const char* const* names, int nparams, int required, int kwonly, Object** out);

}  // namespace slotpy
