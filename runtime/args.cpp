// Argument checking for native functions (args.h).
#include "runtime/args.h"

#include <cstring>

#include "runtime/errors.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {

void check_no_kwargs(const char* fname, TupleObject* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("%s() takes no keyword arguments", fname);
}

void check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (min == max) {
    if (min == 0) raise_type_error("%s() takes no arguments (%zu given)", fname, nargs);
    if (min == 1) raise_type_error("%s() takes exactly one argument (%zu given)", fname, nargs);
    raise_type_error("%s expected %zu arguments, got %zu", fname, min, nargs);
  }
  if (nargs < min)
    raise_type_error("%s expected at least %zu argument%s, got %zu", fname, min,
                     min == 1 ? "" : "s", nargs);
  raise_type_error("%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s",
                   nargs);
}

// Follows the order of CPython 3.11's checks for Argument Clinic functions
// (_PyArg_UnpackKeywords), so that the first error reported is the same.
void parse_args(const char* fname, Object* const* args, size_t nargs, TupleObject* kwnames,
                const char* const* names, int nparams, int required, int posonly, int kwonly,
                Object** out) {
  for (int i = 0; i < nparams; ++i) out[i] = nullptr;
  const int maxpos = kwonly;
  const int minpos = required < maxpos ? required : maxpos;
  const int minposonly = posonly < minpos ? posonly : minpos;
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  const intptr_t given = static_cast<intptr_t>(nargs) + nkw;
  if (given > nparams)
    raise_type_error("%s() takes at most %d %sargument%s (%zd given)", fname, nparams,
                     nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", given);
  if (nargs > static_cast<size_t>(maxpos)) {
    if (maxpos == 0) raise_type_error("%s() takes no positional arguments", fname);
    raise_type_error("%s() takes %s %d positional argument%s (%zu given)", fname,
                     minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s",
                     nargs);
  }
  if (nargs < static_cast<size_t>(minposonly))
    raise_type_error("%s() takes %s %d positional argument%s (%zu given)", fname,
                     minposonly < maxpos ? "at least" : "exactly", minposonly,
                     minposonly == 1 ? "" : "s", nargs);
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  auto find_kw = [&](const char* name) -> Object* {
    for (intptr_t k = 0; k < nkw; ++k)
      if (!std::strcmp(str_utf8(static_cast<StrObject*>(tuple_item(kwnames, k))), name))
        return args[nargs + k];
    return nullptr;
  };
  intptr_t left = nkw;
  int start = static_cast<int>(nargs) > posonly ? static_cast<int>(nargs) : posonly;
  for (int i = start; i < nparams; ++i) {
    Object* v = nullptr;
    if (left) v = find_kw(names[i]);
    else if (i >= required) break;
    out[i] = v;
    if (v) --left;
    else if (i < required)
      raise_type_error("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
  }
  if (left > 0) {
    for (int i = posonly; i < static_cast<int>(nargs); ++i)
      if (find_kw(names[i]))
        raise_type_error("argument for %s() given by name ('%s') and position (%d)", fname,
                         names[i], i + 1);
    // The first keyword that matches no parameter (or only a positional-only one).
    for (intptr_t k = 0; k < nkw; ++k) {
      const char* key = str_utf8(static_cast<StrObject*>(tuple_item(kwnames, k)));
      bool known = false;
      for (int i = posonly; i < nparams && !known; ++i) known = !std::strcmp(names[i], key);
      if (!known)
        raise_type_error("'%s' is an invalid keyword argument for %s()", key, fname);
    }
  }
}

}  // namespace slotpy
