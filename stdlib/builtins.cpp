// The builtins module: the builtin types by name, the constants, the exceptions and the builtin
// functions (print, len, min, sorted, __build_class__, ...), with CPython 3.11's messages.
#include <cstring>
#include <string>

#include "compiler/compile.h"
#include "compiler/parser.h"
#include "compiler/source.h"
#include "compiler/syntax_error.h"
#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/codeobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/floatobject.h"
#include "runtime/frame.h"
#include "runtime/genobject.h"
#include "runtime/compile_text.h"
#include "stdlib/astmodule.h"
#include "runtime/import.h"
#include "runtime/funcobject.h"
#include "runtime/intobject.h"
#include "runtime/iterobjects.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/fileobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

// Defined by the VM author (runtime/eval.cpp).
// The import statement's machinery: __import__(name, globals, None, fromlist, level).
// (import_name: runtime/import.h)
// Runs a class body function with `ns` as its namespace; returns the __class__ cell (or None).
Object* run_class_body(FunctionObject* func, Object* ns);

Object* create_module_builtins();

namespace {

inline bool has_kwargs(TupleObject* kwnames) { return kwnames && tuple_size(kwnames) > 0; }

// Keyword arguments bound by name only (old-style parsing: unknown names give
// "'x' is an invalid keyword argument for f()").
void bind_keywords(const char* fname, Object* const* args, size_t nargs, TupleObject* kwnames,
                   const char* const* names, int n, Object** out) {
  for (int i = 0; i < n; ++i) out[i] = nullptr;
  if (!kwnames) return;
  intptr_t nkw = tuple_size(kwnames);
  for (intptr_t k = 0; k < nkw; ++k) {
    StrObject* kn = static_cast<StrObject*>(tuple_item(kwnames, k));
    int found = -1;
    for (int i = 0; i < n; ++i) {
      if (str_eq_cstr(kn, names[i])) {
        found = i;
        break;
      }
    }
    if (found < 0)
      raise_type_error("'%s' is an invalid keyword argument for %s()", str_utf8(kn), fname);
    out[found] = args[nargs + k];
  }
}

Frame* current_frame(const char* fname) {
  Frame* f = g_ts.frame;
  if (!f) raise_fmt(Exc_SystemError, "%s(): no current frame", fname);
  return f;
}

}  // namespace

// locals() of the current frame: the namespace of module/class code, else a new dict of the
// function's variables (fast locals, then cells and free variables that are set).
Object* frame_locals(Frame* f) {
  if (f->locals) return f->locals;
  DictObject* d = dict_new();
  CodeObject* co = f->code;
  for (int32_t i = 0; i < co->nlocals; ++i) {
    Object* v = f->localsplus[i];
    if (v) dict_set(d, co->varnames->items[i], v);
  }
  int32_t ncells = co->ncells, nfrees = co->nfrees;
  for (int32_t i = 0; i < ncells + nfrees; ++i) {
    Object* c = f->localsplus[co->nlocals + i];
    Object* name = i < ncells ? co->cellvars->items[i] : co->freevars->items[i - ncells];
    if (!c) continue;
    if (type_of(c) == &Cell_Type) {
      Object* v = static_cast<CellObject*>(c)->ref;
      if (v)
        dict_set(d, name, v);
      else
        dict_del(d, name);
    } else {
      dict_set(d, name, c);
    }
  }
  return d;
}

namespace {

// Writes text to a file object (fast path for the builtin text files).
void file_write_str(Object* file, StrObject* s) {
  if (is_text_file(file)) {
    text_file_write_nocheck_flush(file, s);
    text_file_end_write(file);
    return;
  }
  static StrObject* write = intern("write");
  Object* a = s;
  call_method(file, write, &a, 1);
}

void file_flush_any(Object* file) {
  if (is_text_file(file)) {
    file_flush(file);
    return;
  }
  static StrObject* flush = intern("flush");
  call_method(file, flush, nullptr, 0);
}

Object* stdout_or_none() {
  Object* out = sys_get("stdout");
  if (!out) raise_fmt(Exc_RuntimeError, "lost sys.stdout");
  return out;
}

// ---- print / input ------------------------------------------------------------------------------
Object* builtin_print(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"sep", "end", "file", "flush"};
  Object* kw[4] = {nullptr, nullptr, nullptr, nullptr};
  if (kwnames) bind_keywords("print", args, nargs, kwnames, names, 4, kw);
  Object* file = kw[2];
  if (!file || file == Py_None) {
    file = stdout_or_none();
    if (file == Py_None) return Py_None;
  }
  Object* sep = kw[0];
  Object* end = kw[1];
  if (sep == Py_None) sep = nullptr;
  if (sep && !is_str(sep))
    raise_type_error("sep must be None or a string, not %s", type_name(sep));
  if (end == Py_None) end = nullptr;
  if (end && !is_str(end))
    raise_type_error("end must be None or a string, not %s", type_name(end));
  static StrObject* space = intern(" ");
  static StrObject* newline = intern("\n");
  StrObject* sep_s = sep ? static_cast<StrObject*>(sep) : space;
  StrObject* end_s = end ? static_cast<StrObject*>(end) : newline;

  if (is_text_file(file)) {
    for (size_t i = 0; i < nargs; ++i) {
      if (i) text_file_write_nocheck_flush(file, sep_s);
      text_file_write_nocheck_flush(file, static_cast<StrObject*>(str(args[i])));
    }
    text_file_write_nocheck_flush(file, end_s);
    text_file_end_write(file);
  } else {
    static StrObject* write_name = intern("write");
    for (size_t i = 0; i < nargs; ++i) {
      if (i) {
        Object* a = sep_s;
        call_method(file, write_name, &a, 1);
      }
      Object* a = str(args[i]);
      call_method(file, write_name, &a, 1);
    }
    Object* a = end_s;
    call_method(file, write_name, &a, 1);
  }
  if (kw[3] && is_true(kw[3])) file_flush_any(file);
  return Py_None;
}

Object* builtin_input(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("input", kwnames);
  check_nargs("input", nargs, 0, 1);
  Object* fin = sys_get("stdin");
  Object* fout = sys_get("stdout");
  Object* ferr = sys_get("stderr");
  if (!fin || fin == Py_None) raise_fmt(Exc_RuntimeError, "input(): lost sys.stdin");
  if (!fout || fout == Py_None) raise_fmt(Exc_RuntimeError, "input(): lost sys.stdout");
  if (ferr && ferr != Py_None) {
    try {
      file_flush_any(ferr);
    } catch (PyError&) {
      clear_exception();
    }
  }
  if (nargs && args[0] != Py_None) file_write_str(fout, static_cast<StrObject*>(str(args[0])));
  file_flush_any(fout);
  Object* line;
  if (is_text_file(fin)) {
    line = text_file_readline(fin);
  } else {
    static StrObject* readline = intern("readline");
    line = call_method(fin, readline, nullptr, 0);
    if (!is_str(line)) raise_type_error("object.readline() returned non-string");
  }
  StrObject* s = static_cast<StrObject*>(line);
  if (s->length == 0) raise_fmt(Exc_EOFError, "EOF when reading a line");
  if (str_char(s, s->length - 1) == '\n') return str_substring(s, 0, s->length - 1);
  return s;
}

// ---- one-argument functions ---------------------------------------------------------------------
#define SLOTPY_ONE_ARG_(fname)        \
  check_no_kwargs(fname, kwnames);    \
  check_nargs(fname, nargs, 1, 1);

Object* builtin_len(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("len");
  return int_from_intptr(length(args[0]));
}

Object* builtin_abs(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("abs");
  return absolute(args[0]);
}

Object* builtin_callable(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("callable");
  return py_bool(type_of(args[0])->tp_call != nullptr);
}

Object* builtin_hash(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("hash");
  return int_from_intptr(hash(args[0]));
}

Object* builtin_id(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("id");
  return int_from_uint64(reinterpret_cast<uintptr_t>(args[0]));
}

Object* builtin_repr(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("repr");
  return repr(args[0]);
}

Object* builtin_ascii(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("ascii");
  auto* r = static_cast<StrObject*>(repr(args[0]));
  if (r->ascii) return r;
  static const char hex[] = "0123456789abcdef";
  StrBuilder b;
  for (intptr_t i = 0; i < r->length; ++i) {
    uint32_t c = str_char(r, i);
    if (c < 0x80) {
      b.append_char(c);
      continue;
    }
    char buf[12];
    int n;
    if (c < 0x100) {
      buf[0] = '\\';
      buf[1] = 'x';
      n = 2;
    } else if (c < 0x10000) {
      buf[0] = '\\';
      buf[1] = 'u';
      n = 4;
    } else {
      buf[0] = '\\';
      buf[1] = 'U';
      n = 8;
    }
    for (int k = 0; k < n; ++k) buf[2 + k] = hex[(c >> (4 * (n - 1 - k))) & 0xF];
    b.append_ascii(buf, static_cast<size_t>(2 + n));
  }
  return b.finish();
}

Object* int_to_base_str(Object* x, int base) {
  return str_from(int_to_base(number_index(x), base, true));
}

Object* builtin_hex(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("hex");
  return int_to_base_str(args[0], 16);
}
Object* builtin_oct(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("oct");
  return int_to_base_str(args[0], 8);
}
Object* builtin_bin(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("bin");
  return int_to_base_str(args[0], 2);
}

Object* builtin_chr(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("chr");
  Object* a = args[0];
  intptr_t v;
  if (is_small_int(a)) {
    v = small_int_value(a);
  } else {
    if (is_float(a)) raise_type_error("'float' object cannot be interpreted as an integer");
    Object* i = number_index(a);
    if (!int_to_intptr(i, &v)) raise_overflow_error("Python int too large to convert to C int");
  }
  if (v > INT32_MAX || v < INT32_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  if (v < 0 || v > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
  return str_from_char(static_cast<uint32_t>(v));
}

Object* builtin_ord(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("ord");
  Object* c = args[0];
  intptr_t n;
  if (is_str(c)) {
    auto* s = static_cast<StrObject*>(c);
    if (s->length == 1) return make_small_int(str_char(s, 0));
    n = s->length;
  } else if (is_bytes(c)) {
    n = bytes_size(c);
    if (n == 1) return make_small_int(static_cast<unsigned char>(bytes_data(c)[0]));
  } else if (type_of(c) == &ByteArray_Type) {
    n = length(c);
    if (n == 1) return get_item(c, make_small_int(0));
  } else {
    raise_type_error("ord() expected string of length 1, but %s found", type_name(c));
  }
  raise_type_error("ord() expected a character, but string of length %zd found", n);
}

Object* builtin_any(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("any");
  Object* it = get_iter(args[0]);
  IterNextFn next = type_of(it)->tp_iternext;
  while (Object* v = next(it))
    if (is_true(v)) return Py_True;
  return Py_False;
}

Object* builtin_all(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_ONE_ARG_("all");
  Object* it = get_iter(args[0]);
  IterNextFn next = type_of(it)->tp_iternext;
  while (Object* v = next(it))
    if (!is_true(v)) return Py_False;
  return Py_True;
}

#undef SLOTPY_ONE_ARG_

// ---- numbers ------------------------------------------------------------------------------------
Object* builtin_divmod(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("divmod", kwnames);
  check_nargs("divmod", nargs, 2, 2);
  Object* a = args[0];
  Object* b = args[1];
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  BinaryFn slotv = ta->nb_divmod;
  BinaryFn slotw = ta != tb ? tb->nb_divmod : nullptr;
  if (slotw == slotv) slotw = nullptr;
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Object* r = slotw(a, b);
      if (r != Py_NotImplemented) return r;
      slotw = nullptr;
    }
    Object* r = slotv(a, b);
    if (r != Py_NotImplemented) return r;
  }
  if (slotw) {
    Object* r = slotw(a, b);
    if (r != Py_NotImplemented) return r;
  }
  raise_type_error("unsupported operand type(s) for divmod(): '%s' and '%s'", ta->tp_name,
                   tb->tp_name);
}

Object* builtin_pow(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  size_t total = nargs + (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
  if (total > 3) raise_type_error("pow() takes at most 3 arguments (%zu given)", total);
  Object* v[3];
  if (!kwnames && nargs >= 2) {
    v[0] = args[0];
    v[1] = args[1];
    v[2] = nargs == 3 ? args[2] : nullptr;
  } else {
    static const char* const names[] = {"base", "exp", "mod"};
    parse_args("pow", args, nargs, kwnames, names, 3, 2, 0, 3, v);
  }
  return power(v[0], v[1], v[2] ? v[2] : Py_None);
}

Object* builtin_round(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* v[2];
  if (!kwnames && nargs >= 1 && nargs <= 2) {
    v[0] = args[0];
    v[1] = nargs == 2 ? args[1] : nullptr;
  } else {
    static const char* const names[] = {"number", "ndigits"};
    parse_args("round", args, nargs, kwnames, names, 2, 1, 0, 2, v);
  }
  static StrObject* round_name = intern("__round__");
  Object* r;
  if (!v[1] || v[1] == Py_None)
    r = call_special(v[0], round_name, nullptr, 0);
  else
    r = call_special(v[0], round_name, &v[1], 1);
  if (!r) raise_type_error("type %s doesn't define __round__ method", type_name(v[0]));
  return r;
}

// sum() with CPython's fast paths for ints and floats.
Object* builtin_sum(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* iterable;
  Object* result = nullptr;
  if (!has_kwargs(kwnames)) {
    if (nargs < 1) raise_type_error("sum() takes at least 1 positional argument (0 given)");
    if (nargs > 2) raise_type_error("sum() takes at most 2 arguments (%zu given)", nargs);
    iterable = args[0];
    if (nargs == 2) result = args[1];
  } else {
    size_t total = nargs + static_cast<size_t>(tuple_size(kwnames));
    if (total > 2) raise_type_error("sum() takes at most 2 arguments (%zu given)", total);
    if (nargs < 1) {
      // sum(iterable=...) or sum(start=...)
      StrObject* k0 = static_cast<StrObject*>(tuple_item(kwnames, 0));
      if (str_eq_cstr(k0, "iterable"))
        raise_type_error("sum() got some positional-only arguments passed as keyword arguments: 'iterable'");
      if (!str_eq_cstr(k0, "start"))
        raise_type_error("sum() got an unexpected keyword argument '%s'", str_utf8(k0));
      raise_type_error("sum() takes at least 1 positional argument (0 given)");
    }
    static const char* const names[] = {"iterable", "start"};
    Object* v[2];
    parse_args("sum", args, nargs, kwnames, names, 2, 1, 1, 2, v);
    iterable = v[0];
    result = v[1];
  }
  Object* it = get_iter(iterable);
  if (!result) {
    result = make_small_int(0);
  } else {
    if (is_str(result))
      raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(result))
      raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    if (type_of(result) == &ByteArray_Type)
      raise_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  IterNextFn next = type_of(it)->tp_iternext;
  Object* item = nullptr;

  if (is_int_exact(result)) {
    intptr_t acc;
    if (int_to_intptr(result, &acc)) {
      for (;;) {
        item = next(it);
        if (!item) return int_from_intptr(acc);
        if (is_small_int(item)) {
          intptr_t b = small_int_value(item);
          if (!__builtin_add_overflow(acc, b, &acc)) continue;
        } else if (is_int_exact(item) || is_bool(item)) {
          intptr_t b;
          if (int_to_intptr(item, &b) && !__builtin_add_overflow(acc, b, &b)) {
            acc = b;
            continue;
          }
        }
        // Overflow or not an int: continue with objects.
        result = binary_op(int_from_intptr(acc), item, BINOP_add);
        item = nullptr;
        break;
      }
    }
  }

  if (is_float_exact(result)) {
    double acc = float_value(result);
    for (;;) {
      item = next(it);
      if (!item) return float_new(acc);
      if (is_float_exact(item)) {
        acc += float_value(item);
        continue;
      }
      if (is_int(item)) {
        intptr_t v;
        if (int_to_intptr(item, &v)) {
          acc += static_cast<double>(v);
          continue;
        }
      }
      result = binary_op(float_new(acc), item, BINOP_add);
      break;
    }
  }

  while ((item = next(it))) result = binary_op(result, item, BINOP_add);
  return result;
}

// ---- comparisons and ordering -------------------------------------------------------------------
Object* min_max(Object* const* args, size_t nargs, TupleObject* kwnames, int op, const char* name) {
  static const char* const names[] = {"key", "default"};
  Object* kw[2] = {nullptr, nullptr};
  if (kwnames) bind_keywords(name, args, nargs, kwnames, names, 2, kw);
  if (nargs == 0) raise_type_error("%s expected at least 1 argument, got 0", name);
  Object* key = kw[0] == Py_None ? nullptr : kw[0];
  Object* deflt = kw[1];
  bool positional = nargs > 1;
  if (positional && deflt)
    raise_type_error("Cannot specify a default for %s() with multiple positional arguments", name);
  Object* best = nullptr;
  Object* best_key = nullptr;
  auto consider = [&](Object* item) {
    Object* k = key ? call1(key, item) : item;
    if (!best || rich_compare_bool(k, best_key, op)) {
      best = item;
      best_key = k;
    }
  };
  if (positional) {
    for (size_t i = 0; i < nargs; ++i) consider(args[i]);
  } else {
    Object* it = get_iter(args[0]);
    IterNextFn next = type_of(it)->tp_iternext;
    while (Object* item = next(it)) consider(item);
  }
  if (!best) {
    if (deflt) return deflt;
    raise_value_error("%s() arg is an empty sequence", name);
  }
  return best;
}

Object* builtin_min(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return min_max(args, nargs, kwnames, CMP_LT, "min");
}

Object* builtin_max(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return min_max(args, nargs, kwnames, CMP_GT, "max");
}

Object* builtin_sorted(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs != 1) raise_type_error("sorted expected 1 argument, got %zu", nargs);
  static const char* const names[] = {"key", "reverse"};
  Object* kw[2] = {nullptr, nullptr};
  if (kwnames) bind_keywords("sort", args, nargs, kwnames, names, 2, kw);
  ListObject* l = list_from_iterable(args[0]);
  Object* key = kw[0] == Py_None ? nullptr : kw[0];
  bool reverse = false;
  if (kw[1]) {
    if (is_float(kw[1])) raise_type_error("'float' object cannot be interpreted as an integer");
    reverse = !int_is_zero(number_index(kw[1]));
  }
  list_sort(l, key, reverse);
  return l;
}

Object* builtin_isinstance(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("isinstance", kwnames);
  check_nargs("isinstance", nargs, 2, 2);
  return py_bool(is_instance(args[0], args[1]));
}

Object* builtin_issubclass(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("issubclass", kwnames);
  check_nargs("issubclass", nargs, 2, 2);
  return py_bool(is_subclass(args[0], args[1]));
}

// ---- iteration ----------------------------------------------------------------------------------
Object* builtin_iter(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("iter", kwnames);
  check_nargs("iter", nargs, 1, 2);
  if (nargs == 1) return get_iter(args[0]);
  if (!type_of(args[0])->tp_call) raise_type_error("iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

// aiter(async_iterable): type(o).__aiter__(o), which must give an async iterator.
Object* builtin_aiter(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("aiter", kwnames);
  check_nargs("aiter", nargs, 1, 1);
  Object* o = args[0];
  if (!type_lookup(type_of(o), intern("__aiter__")))
    raise_type_error("'%.200s' object is not an async iterable", type_name(o));
  Object* it = call_special(o, intern("__aiter__"), nullptr, 0);
  if (!type_lookup(type_of(it), intern("__anext__")))
    raise_type_error("aiter() returned not an async iterator of type '%.100s'", type_name(it));
  return it;
}

// anext(async_iterator[, default]): type(it).__anext__(it); with a default, an anext_awaitable
// (a small frozen Python class, _slotpy_anext) that turns StopAsyncIteration into the default.
Object* builtin_anext(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("anext", kwnames);
  check_nargs("anext", nargs, 1, 2);
  Object* it = args[0];
  if (!type_lookup(type_of(it), intern("__anext__")))
    raise_type_error("'%.200s' object is not an async iterator", type_name(it));
  Object* aw = call_special(it, intern("__anext__"), nullptr, 0);
  if (nargs == 1) return aw;
  Object* fromlist = tuple_pack({str_from_cstr("anext_awaitable")});
  Object* mod = import_name(intern("_slotpy_anext"), nullptr, fromlist, 0);
  return call2(get_attr(mod, intern("anext_awaitable")), aw, args[1]);
}

Object* builtin_next(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("next", kwnames);
  check_nargs("next", nargs, 1, 2);
  Object* it = args[0];
  IterNextFn f = type_of(it)->tp_iternext;
  if (!f) raise_type_error("'%s' object is not an iterator", type_name(it));
  if (nargs == 1) {
    if (type_of(it) == &Generator_Type)  // carries the return value in StopIteration
      return gen_send(static_cast<GeneratorObject*>(it), Py_None);
    if (type_has(type_of(it), TPFLAGS_HEAPTYPE)) {
      // A class's __next__: its own StopIteration (with its value) goes to the caller.
      static StrObject* next_name = intern("__next__");
      return call_method(it, next_name, nullptr, 0);
    }
    Object* r = f(it);
    if (r) return r;
    raise_stop_iteration(nullptr);
  }
  try {
    Object* r = f(it);
    if (r) return r;
  } catch (PyError&) {
    if (!exception_matches(Exc_StopIteration)) throw;
    clear_exception();
  }
  return args[1];
}

// ---- attributes ---------------------------------------------------------------------------------
StrObject* attr_name(Object* name) {
  if (!is_str(name))
    raise_type_error("attribute name must be string, not '%s'", type_name(name));
  return static_cast<StrObject*>(name);
}

Object* builtin_getattr(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("getattr", kwnames);
  check_nargs("getattr", nargs, 2, 3);
  StrObject* name = attr_name(args[1]);
  if (nargs == 3) {
    Object* r = get_attr_or_null(args[0], name);
    return r ? r : args[2];
  }
  return get_attr(args[0], name);
}

Object* builtin_setattr(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("setattr", kwnames);
  check_nargs("setattr", nargs, 3, 3);
  StrObject* name = attr_name(args[1]);
  if (is_str_exact(name)) name = intern_str(name);
  set_attr(args[0], name, args[2]);
  return Py_None;
}

Object* builtin_delattr(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("delattr", kwnames);
  check_nargs("delattr", nargs, 2, 2);
  StrObject* name = attr_name(args[1]);
  if (is_str_exact(name)) name = intern_str(name);
  del_attr(args[0], name);
  return Py_None;
}

Object* builtin_hasattr(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("hasattr", kwnames);
  check_nargs("hasattr", nargs, 2, 2);
  StrObject* name = attr_name(args[1]);
  return py_bool(get_attr_or_null(args[0], name) != nullptr);
}

// ---- namespaces ---------------------------------------------------------------------------------
Object* builtin_globals(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("globals", kwnames);
  check_nargs("globals", nargs, 0, 0);
  return current_frame("globals")->globals;
}

Object* builtin_locals(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("locals", kwnames);
  check_nargs("locals", nargs, 0, 0);
  return frame_locals(current_frame("locals"));
}

Object* builtin_vars(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("vars", kwnames);
  check_nargs("vars", nargs, 0, 1);
  if (nargs == 0) return frame_locals(current_frame("vars"));
  static StrObject* dict_name = intern("__dict__");
  Object* d = get_attr_or_null(args[0], dict_name);
  if (!d) {
    // Instances with a dict slot but no __dict__ descriptor in their class.
    if (DictObject** dp = instance_dict_ptr(args[0])) {
      if (!*dp) *dp = dict_new();
      return *dp;
    }
    raise_type_error("vars() argument must have __dict__ attribute");
  }
  return d;
}

// The keys of a mapping (dict fast path) appended to `out` as a set (dict).
void merge_keys(DictObject* out, Object* mapping) {
  if (is_dict(mapping)) {
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(static_cast<DictObject*>(mapping), &pos, &k, &v)) dict_set(out, k, Py_None);
    return;
  }
  static StrObject* keys = intern("keys");
  Object* ks = call_method(mapping, keys, nullptr, 0);
  Object* it = get_iter(ks);
  while (Object* k = iter_next(it)) dict_set(out, k, Py_None);
}

Object* builtin_dir(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("dir", kwnames);
  check_nargs("dir", nargs, 0, 1);
  ListObject* result;
  if (nargs == 0) {
    DictObject* names = dict_new();
    merge_keys(names, frame_locals(current_frame("dir")));
    result = dict_keys_list(names);
  } else {
    Object* obj = args[0];
    static StrObject* dir_name = intern("__dir__");
    Object* meth = type_lookup(type_of(obj), dir_name);
    Object* object_dir = type_lookup(&Object_Type, dir_name);
    if (!meth) raise_type_error("object does not provide __dir__");
    if (meth == object_dir && is_type(obj)) {
      // The attributes of the class and its bases (not those of the metaclass).
      DictObject* names = dict_new();
      TupleObject* mro = static_cast<TypeObject*>(obj)->tp_mro;
      for (intptr_t i = mro ? mro->ob_size - 1 : -1; i >= 0; --i) {
        DictObject* d = static_cast<TypeObject*>(mro->items[i])->tp_dict;
        if (d) merge_keys(names, d);
      }
      result = dict_keys_list(names);
    } else if (meth == object_dir && is_subtype(type_of(obj), &Module_Type)) {
      DictObject* d = module_dict(obj);
      Object* custom = d ? dict_get_str(d, dir_name) : nullptr;
      if (custom) {
        result = list_from_iterable(call0(custom));
      } else {
        result = d ? dict_keys_list(d) : list_new(0);
      }
    } else {
      Object* r = call_special(obj, dir_name, nullptr, 0);
      result = list_from_iterable(r);
    }
  }
  list_sort(result, nullptr, false);
  return result;
}

// ---- formatting ---------------------------------------------------------------------------------
Object* builtin_format(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("format", kwnames);
  check_nargs("format", nargs, 1, 2);
  Object* spec = nullptr;
  if (nargs == 2) {
    spec = args[1];
    if (!is_str(spec))
      raise_type_error("format() argument 2 must be str, not %s", type_name(spec));
  }
  return format(args[0], spec);
}

// ---- exit, quit, help, copyright, credits, license (CPython's _sitebuiltins objects) -----------
TypeObject Quitter_Type;
TypeObject Printer_Type;
TypeObject Helper_Type;

struct QuitterObject : Object {
  Object* name;
  Object* eof;
};
struct PrinterObject : Object {
  Object* name;
  Object* text;
};

Object* quitter_repr(Object* self) {
  auto* q = static_cast<QuitterObject*>(self);
  return str_format_c("Use %s() or %s to exit", str_utf8(static_cast<StrObject*>(str(q->name))),
                      str_utf8(static_cast<StrObject*>(str(q->eof))));
}

Object* quitter_call(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"code"};
  Object* v[1];
  if (nargs > 1)
    raise_type_error("Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                     nargs + 1);
  parse_args("Quitter.__call__", args, nargs, kwnames, names, 1, 0, 0, 1, v);
  Object* code = v[0] ? v[0] : Py_None;
  // As CPython: close sys.stdin first (errors ignored).
  try {
    Object* in = sys_get("stdin");
    if (in && in != Py_None) call_method_cstr(in, "close", nullptr, 0);
  } catch (PyError&) {
    clear_exception();
  }
  raise(new_exception(Exc_SystemExit, &code, 1));
}

Object* quitter_get_name(Object* self) { return static_cast<QuitterObject*>(self)->name; }
Object* quitter_get_eof(Object* self) { return static_cast<QuitterObject*>(self)->eof; }
const GetSetDef quitter_getset[] = {
    {"name", quitter_get_name, nullptr, nullptr},
    {"eof", quitter_get_eof, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Object* printer_repr(Object* self) { return static_cast<PrinterObject*>(self)->text; }

Object* printer_call(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__call__", kwnames);
  if (nargs) raise_type_error("_Printer.__call__() takes 1 positional argument but %zu were given", nargs + 1);
  Object* out = stdout_or_none();
  if (out == Py_None) return Py_None;
  auto* p = static_cast<PrinterObject*>(self);
  Object* text = p->text;
  if (str_eq_cstr(static_cast<StrObject*>(p->name), "license"))
    text = str_from_cstr("See https://www.python.org/psf/license/");
  file_write_str(out, str_concat(static_cast<StrObject*>(text), str_from_cstr("\n")));
  return Py_None;
}

Object* helper_repr(Object*) {
  return str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

Object* builtin_help(Object*, Object* const* args, size_t nargs, TupleObject* kwnames);

Object* helper_call(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return builtin_help(nullptr, args, nargs, kwnames);
}

void add_site_builtins(DictObject* d) {
  Quitter_Type.tp_name = "_sitebuiltins.Quitter";
  Quitter_Type.tp_basicsize = sizeof(QuitterObject);
  Quitter_Type.tp_repr = quitter_repr;
  Quitter_Type.tp_call = quitter_call;
  Quitter_Type.tp_getset = quitter_getset;
  Printer_Type.tp_name = "_sitebuiltins._Printer";
  Printer_Type.tp_basicsize = sizeof(PrinterObject);
  Printer_Type.tp_repr = printer_repr;
  Printer_Type.tp_call = printer_call;
  Printer_Type.tp_doc = "interactive prompt objects for printing the license text, a list of\n    contributors and the copyright notice.";
  Helper_Type.tp_name = "_sitebuiltins._Helper";
  Helper_Type.tp_basicsize = sizeof(Object);
  Helper_Type.tp_repr = helper_repr;
  Helper_Type.tp_call = helper_call;
  Helper_Type.tp_doc =
      "help() or help(object): a short help text, or the documentation of an object.";
  type_ready(&Quitter_Type);
  type_ready(&Printer_Type);
  type_ready(&Helper_Type);
  for (const char* name : {"exit", "quit"}) {
    auto* q = alloc_object<QuitterObject>(&Quitter_Type);
    q->name = str_from_cstr(name);
    q->eof = str_from_cstr("Ctrl-D (i.e. EOF)");
    dict_set_cstr(d, name, q);
  }
  struct Text {
    const char* name;
    const char* text;
  };
  const Text texts[] = {
      {"copyright",
       "slotpy: a Python 3.11-compatible interpreter. Copyright (c) the slotpy authors.\n"
       "Python is a trademark of the Python Software Foundation."},
      {"credits",
       "slotpy is built on Boehm GC, GMP, utf8proc, libedit, re2c and Bison, and follows the\n"
       "language and object model of CPython, by the Python Software Foundation and its\n"
       "contributors."},
      {"license",
       "slotpy is free software, distributed with its source code. Python's own licence:\n"
       "https://docs.python.org/3/license.html"},
  };
  for (const Text& t : texts) {
    auto* p = alloc_object<PrinterObject>(&Printer_Type);
    p->name = str_from_cstr(t.name);
    p->text = str_from_cstr(t.text);
    dict_set_cstr(d, t.name, p);
  }
  dict_set_cstr(d, "help", alloc_object<Object>(&Helper_Type));
}

Object* builtin_help(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("help", kwnames);
  check_nargs("help", nargs, 0, 1);
  Object* out = stdout_or_none();
  if (out == Py_None) return Py_None;
  std::string text;
  if (nargs == 0) {
    text =
        "Welcome to slotpy, a Python 3.11 interpreter.\n\nCall help(object) to read the "
        "documentation of an object.\n";
  } else {
    Object* obj = args[0];
    static StrObject* doc_name = intern("__doc__");
    Object* doc = get_attr_or_null(obj, doc_name);
    const char* what = is_type(obj) ? "class" : "object";
    Object* name = is_type(obj) ? static_cast<Object*>(str_from_cstr(static_cast<TypeObject*>(obj)->tp_name))
                                : get_attr_or_null(obj, intern("__name__"));
    text = "Help on ";
    text += what;
    if (name && is_str(name)) {
      text += " ";
      text += str_utf8(static_cast<StrObject*>(name));
    }
    text += ":\n\n";
    if (doc && is_str(doc))
      text += str_utf8(static_cast<StrObject*>(doc));
    else
      text += "(no documentation)";
    text += "\n";
  }
  file_write_str(out, str_from(text));
  return Py_None;
}

// ---- __build_class__ and __import__ ---------------------------------------------------------------
TypeObject* calculate_metaclass(TypeObject* meta, TupleObject* bases) {
  TypeObject* winner = meta;
  for (intptr_t i = 0; i < bases->ob_size; ++i) {
    TypeObject* tmp = type_of(bases->items[i]);
    if (is_subtype(winner, tmp)) continue;
    if (is_subtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    raise_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
        "the metaclasses of all its bases");
  }
  return winner;
}

// PEP 560: bases that are not classes may provide __mro_entries__.
TupleObject* update_bases(TupleObject* bases) {
  static StrObject* mro_entries = intern("__mro_entries__");
  ListObject* out = nullptr;
  for (intptr_t i = 0; i < bases->ob_size; ++i) {
    Object* base = bases->items[i];
    if (is_type(base)) {
      if (out) list_append(out, base);
      continue;
    }
    Object* meth = get_attr_or_null(base, mro_entries);
    if (!meth) {
      if (out) list_append(out, base);
      continue;
    }
    Object* r = call1(meth, bases);
    if (!is_tuple(r)) raise_type_error("__mro_entries__ must return a tuple");
    if (!out) out = list_from(bases->items, static_cast<size_t>(i));
    for (intptr_t j = 0; j < tuple_size(r); ++j) list_append(out, tuple_item(r, j));
  }
  return out ? list_as_tuple(out) : bases;
}

Object* builtin_build_class(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 2) raise_type_error("__build_class__: not enough arguments");
  Object* func = args[0];
  if (type_of(func) != &Function_Type) raise_type_error("__build_class__: func must be a function");
  Object* name = args[1];
  if (!is_str(name)) raise_type_error("__build_class__: name is not a string");
  TupleObject* orig_bases = tuple_from(args + 2, nargs - 2);
  TupleObject* bases = update_bases(orig_bases);

  // Keywords: metaclass=..., the rest go to __prepare__ and the metaclass.
  Object* meta = nullptr;
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  // call arguments: [name, bases, ns, kw values...]
  Object** call_args = static_cast<Object**>(gc_alloc(sizeof(Object*) * (3 + nkw + 1)));
  TupleObject* kn = nullptr;
  intptr_t nkept = 0;
  if (nkw) {
    kn = tuple_new(nkw);
    for (intptr_t k = 0; k < nkw; ++k) {
      StrObject* key = static_cast<StrObject*>(tuple_item(kwnames, k));
      Object* val = args[nargs + k];
      if (str_eq_cstr(key, "metaclass")) {
        meta = val;
        continue;
      }
      kn->items[nkept] = key;
      call_args[3 + nkept] = val;
      ++nkept;
    }
    if (nkept == 0) {
      kn = nullptr;
    } else if (nkept < nkw) {
      kn = tuple_slice(kn, 0, nkept);
    }
  }
  bool isclass;
  if (!meta) {
    meta = bases->ob_size == 0 ? &Type_Type : type_of(bases->items[0]);
    isclass = true;
  } else {
    isclass = is_type(meta);
  }
  if (isclass) meta = calculate_metaclass(static_cast<TypeObject*>(meta), bases);

  call_args[0] = name;
  call_args[1] = bases;
  static StrObject* prepare = intern("__prepare__");
  Object* prep = get_attr_or_null(meta, prepare);
  Object* ns;
  if (!prep) {
    ns = dict_new();
  } else {
    // __prepare__(name, bases, **kwds): the keyword values follow the two positionals.
    Object** pargs = static_cast<Object**>(gc_alloc(sizeof(Object*) * (2 + nkept + 1)));
    pargs[0] = name;
    pargs[1] = bases;
    for (intptr_t k = 0; k < nkept; ++k) pargs[2 + k] = call_args[3 + k];
    ns = call(prep, pargs, 2, kn);
  }
  if (!type_of(ns)->mp_subscript) {
    raise_type_error("%s.__prepare__() must return a mapping, not %s",
                     isclass ? static_cast<TypeObject*>(meta)->tp_name : "<metaclass>",
                     type_name(ns));
  }
  Object* cell = run_class_body(static_cast<FunctionObject*>(func), ns);
  if (bases != orig_bases) set_item(ns, intern("__orig_bases__"), orig_bases);
  call_args[2] = ns;
  Object* cls = call(meta, call_args, 3, kn);
  if (is_type(cls) && cell && type_of(cell) == &Cell_Type) {
    Object* cell_cls = static_cast<CellObject*>(cell)->ref;
    if (cell_cls != cls) {
      if (!cell_cls)
        raise_fmt(Exc_RuntimeError,
                  "__class__ not set defining %s as %s. Was __classcell__ propagated to "
                  "type.__new__?",
                  repr_cstr(name), repr_cstr(cls));
      raise_type_error("__class__ set to %s defining %s as %s", repr_cstr(cell_cls),
                       repr_cstr(name), repr_cstr(cls));
    }
  }
  return cls;
}

Object* builtin_import(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"name", "globals", "locals", "fromlist", "level"};
  Object* v[5];
  parse_args("__import__", args, nargs, kwnames, names, 5, 1, 0, 5, v);
  if (!is_str(v[0])) raise_type_error("module name must be a string");
  intptr_t level = 0;
  if (v[4]) {
    if (is_float(v[4])) raise_type_error("'float' object cannot be interpreted as an integer");
    level = index_value(v[4]);
  }
  if (level < 0) raise_value_error("level must be >= 0");
  auto* name = static_cast<StrObject*>(v[0]);
  if (level == 0 && name->length == 0) raise_value_error("Empty module name");
  return import_name(name, v[1] ? v[1] : Py_None, v[3] ? v[3] : Empty_Tuple,
                     static_cast<int>(level));
}

// ---- compile, exec, eval -------------------------------------------------------------------------
// Compiles str/bytes source text to a code object.
// The text of a str/bytes source (TypeError for other objects; SyntaxError for NUL bytes).
void source_text(Object* source, const char* fname, std::string* out) {
  std::string& text = *out;
  if (is_str(source)) {
    size_t n;
    const char* p = str_utf8(static_cast<StrObject*>(source), &n);
    text.assign(p, n);
  } else if (is_bytes(source)) {
    text.assign(bytes_data(source), static_cast<size_t>(bytes_size(source)));
  } else if (type_of(source) == &ByteArray_Type) {
    Object* b = bytes_from_object(source);
    text.assign(bytes_data(b), static_cast<size_t>(bytes_size(b)));
  } else {
    raise_type_error("%s() arg 1 must be a %s object", fname,
                     !std::strcmp(fname, "compile") ? "string, bytes or AST"
                                                    : "string, bytes or code");
  }
  if (text.find('\0') != std::string::npos)
    raise_fmt(Exc_SyntaxError, "source code string cannot contain null bytes");
}

CodeObject* compile_source(Object* source, const char* filename, SourceMode mode,
                           const char* fname) {
  std::string text;
  source_text(source, fname, &text);
  if (mode == SourceMode::Eval && !std::strcmp(fname, "eval")) {
    // eval() ignores leading spaces and tabs (compile(..., 'eval') does not).
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    text.erase(0, i);
  }
  return compile_text(text, filename, mode);
}

Object* builtin_compile(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"source", "filename", "mode", "flags",
                                      "dont_inherit", "optimize", "_feature_version"};
  Object* v[7];
  parse_args("compile", args, nargs, kwnames, names, 7, 3, 0, 6, v);
  if (type_of(v[0]) == &Code_Type) raise_type_error("compile() arg 1 must be a string, bytes or AST object");
  intptr_t flags = 0;
  if (v[3]) {
    if (is_float(v[3])) raise_type_error("'float' object cannot be interpreted as an integer");
    flags = index_value(v[3]);
  }
  // CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK.
  if (flags & ~intptr_t{0x1FE0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000})
    raise_value_error("compile(): unrecognised flags");
  std::string filename;
  if (is_str(v[1])) {
    filename = str_utf8(static_cast<StrObject*>(v[1]));
  } else if (is_bytes(v[1])) {
    filename.assign(bytes_data(v[1]), static_cast<size_t>(bytes_size(v[1])));
  } else {
    raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(v[1]));
  }
  if (!is_str(v[2]))
    raise_type_error("compile() argument 'mode' must be str, not %s", type_name(v[2]));
  auto* mode = static_cast<StrObject*>(v[2]);
  SourceMode m;
  if (str_eq_cstr(mode, "exec")) m = SourceMode::Exec;
  else if (str_eq_cstr(mode, "eval")) m = SourceMode::Eval;
  else if (str_eq_cstr(mode, "single")) m = SourceMode::Single;
  else if (str_eq_cstr(mode, "func_type")) {
    if (!(flags & PyCF_ONLY_AST))
      raise_value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    m = SourceMode::Exec;
  } else if (flags & PyCF_ONLY_AST) {
    raise_value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
  } else raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
  AstMode am = str_eq_cstr(mode, "func_type") ? AstMode::FuncType
               : m == SourceMode::Eval        ? AstMode::Eval
               : m == SourceMode::Single      ? AstMode::Single
                                              : AstMode::Exec;
  if (is_ast_object(v[0])) {
    if (flags & PyCF_ONLY_AST) return v[0];
    return ast_compile_object(v[0], filename.c_str(), am);
  }
  if (flags & PyCF_ONLY_AST) {
    std::string text;
    source_text(v[0], "compile", &text);
    return ast_parse_text(text, filename.c_str(), am);
  }
  return compile_source(v[0], filename.c_str(), m, "compile");
}

// The globals/locals of exec() and eval(): the caller's when omitted.
void exec_namespaces(const char* fname, Object** globals, Object** locals) {
  Object* g = *globals == Py_None ? nullptr : *globals;
  Object* l = *locals == Py_None ? nullptr : *locals;
  if (g && !is_dict(g)) {
    if (!std::strcmp(fname, "exec"))
      raise_type_error("exec() globals must be a dict, not %s", type_name(g));
    raise_type_error(type_of(g)->mp_subscript ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                              : "globals must be a dict");
  }
  if (l && !type_of(l)->mp_subscript) {
    if (!std::strcmp(fname, "exec"))
      raise_type_error("locals must be a mapping or None, not %s", type_name(l));
    raise_type_error("locals must be a mapping");
  }
  if (!g) {
    Frame* f = current_frame(fname);
    g = f->globals;
    if (!l) l = frame_locals(f);
  } else if (!l) {
    l = g;
  }
  auto* gd = static_cast<DictObject*>(g);
  if (!dict_get_cstr(gd, "__builtins__")) {
    Frame* f = g_ts.frame;
    Object* b = f && f->builtins ? static_cast<Object*>(f->builtins)
                                 : static_cast<Object*>(module_dict(create_module_builtins()));
    dict_set_cstr(gd, "__builtins__", b);
  }
  *globals = g;
  *locals = l;
}

Object* builtin_exec(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* closure = nullptr;
  if (has_kwargs(kwnames)) {
    static const char* const names[] = {"closure"};
    Object* kw[1];
    bind_keywords("exec", args, nargs, kwnames, names, 1, kw);
    closure = kw[0];
  }
  if (nargs < 1) raise_type_error("exec() takes at least 1 positional argument (0 given)");
  if (nargs > 3) raise_type_error("exec() takes at most 3 positional arguments (%zu given)", nargs);
  Object* globals = nargs > 1 ? args[1] : Py_None;
  Object* locals = nargs > 2 ? args[2] : Py_None;
  exec_namespaces("exec", &globals, &locals);
  CodeObject* co;
  if (type_of(args[0]) == &Code_Type) {
    co = static_cast<CodeObject*>(args[0]);
    if (co->nfrees > 0 && (!closure || closure == Py_None))
      raise_type_error("code object passed to exec() may not contain free variables");
  } else {
    co = compile_source(args[0], "<string>", SourceMode::Exec, "exec");
  }
  eval_code(co, static_cast<DictObject*>(globals), locals);
  return Py_None;
}

Object* builtin_eval(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("eval", kwnames);
  check_nargs("eval", nargs, 1, 3);
  Object* globals = nargs > 1 ? args[1] : Py_None;
  Object* locals = nargs > 2 ? args[2] : Py_None;
  exec_namespaces("eval", &globals, &locals);
  CodeObject* co;
  if (type_of(args[0]) == &Code_Type) {
    co = static_cast<CodeObject*>(args[0]);
    if (co->nfrees > 0)
      raise_type_error("code object passed to eval() may not contain free variables");
  } else {
    co = compile_source(args[0], "<string>", SourceMode::Eval, "eval");
  }
  return eval_code(co, static_cast<DictObject*>(globals), locals);
}

// ---- the table ----------------------------------------------------------------------------------
const MethodDef builtin_functions[] = {
    {"__build_class__", builtin_build_class, METH_DEFAULT,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper "
     "function used by the class statement."},
    {"__import__", builtin_import, METH_DEFAULT,
     "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\nImport a "
     "module."},
    {"abs", builtin_abs, METH_DEFAULT, "Return the absolute value of the argument."},
    {"all", builtin_all, METH_DEFAULT,
     "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is "
     "empty, return True."},
    {"any", builtin_any, METH_DEFAULT,
     "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, "
     "return False."},
    {"aiter", builtin_aiter, METH_DEFAULT, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", builtin_anext, METH_DEFAULT,
     "async anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If "
     "default is given and the async\niterator is exhausted, it is returned instead of raising "
     "StopAsyncIteration."},
    {"ascii", builtin_ascii, METH_DEFAULT,
     "Return an ASCII-only representation of an object."},
    {"bin", builtin_bin, METH_DEFAULT,
     "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   "
     "'0b1010101010101010101010'"},
    {"callable", builtin_callable, METH_DEFAULT,
     "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes "
     "are callable, as are instances of classes with a\n__call__() method."},
    {"chr", builtin_chr, METH_DEFAULT,
     "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"delattr", builtin_delattr, METH_DEFAULT,
     "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to "
     "``del x.y``"},
    {"dir", builtin_dir, METH_DEFAULT,
     "dir([object]) -> list of strings\n\nIf called without an argument, return the names in "
     "the current scope.\nElse, return an alphabetized list of names comprising (some of) the "
     "attributes\nof the given object, and of attributes reachable from it."},
    {"divmod", builtin_divmod, METH_DEFAULT,
     "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"compile", builtin_compile, METH_DEFAULT,
     "Compile source into a code object that can be executed by exec() or eval()."},
    {"eval", builtin_eval, METH_DEFAULT,
     "Evaluate the given source in the context of globals and locals."},
    {"exec", builtin_exec, METH_DEFAULT,
     "Execute the given source in the context of globals and locals."},
    {"format", builtin_format, METH_DEFAULT,
     "Return value.__format__(format_spec)\n\nformat_spec defaults to the empty string."},
    {"getattr", builtin_getattr, METH_DEFAULT,
     "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; "
     "getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned "
     "when the attribute doesn't\nexist; without it, an exception is raised in that case."},
    {"globals", builtin_globals, METH_DEFAULT,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", builtin_hasattr, METH_DEFAULT,
     "Return whether the object has an attribute with the given name."},
    {"hash", builtin_hash, METH_DEFAULT, "Return the hash value for the given object."},
    {"hex", builtin_hex, METH_DEFAULT,
     "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   "
     "'0xc0ffee'"},
    {"id", builtin_id, METH_DEFAULT,
     "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously "
     "existing objects."},
    {"input", builtin_input, METH_DEFAULT,
     "Read a string from standard input.  The trailing newline is stripped."},
    {"isinstance", builtin_isinstance, METH_DEFAULT,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass, METH_DEFAULT,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", builtin_iter, METH_DEFAULT,
     "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from "
     "an object."},
    {"len", builtin_len, METH_DEFAULT, "Return the number of items in a container."},
    {"locals", builtin_locals, METH_DEFAULT,
     "Return a dictionary containing the current scope's local variables."},
    {"max", builtin_max, METH_DEFAULT,
     "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) "
     "-> value\n\nWith a single iterable argument, return its biggest item."},
    {"min", builtin_min, METH_DEFAULT,
     "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) "
     "-> value\n\nWith a single iterable argument, return its smallest item."},
    {"next", builtin_next, METH_DEFAULT,
     "next(iterator[, default])\n\nReturn the next item from the iterator."},
    {"oct", builtin_oct, METH_DEFAULT,
     "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"},
    {"open", builtin_open, METH_DEFAULT, "Open file and return a stream."},
    {"ord", builtin_ord, METH_DEFAULT, "Return the Unicode code point for a one-character string."},
    {"pow", builtin_pow, METH_DEFAULT,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", builtin_print, METH_DEFAULT,
     "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)\n\nPrints the values "
     "to a stream, or to sys.stdout by default."},
    {"repr", builtin_repr, METH_DEFAULT, "Return the canonical string representation of the object."},
    {"round", builtin_round, METH_DEFAULT,
     "Round a number to a given precision in decimal digits."},
    {"setattr", builtin_setattr, METH_DEFAULT,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", builtin_sorted, METH_DEFAULT,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", builtin_sum, METH_DEFAULT,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", builtin_vars, METH_DEFAULT,
     "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an "
     "argument, equivalent to object.__dict__."},
    {nullptr, nullptr, 0, nullptr}};

Object* g_builtins_module = nullptr;  // GC root (static data)

}  // namespace

Object* create_module_builtins() {
  if (g_builtins_module) return g_builtins_module;
  ModuleObject* m = module_new("builtins");
  g_builtins_module = m;
  DictObject* d = module_dict(m);
  dict_set_cstr(d, "__doc__",
                str_from_cstr("Built-in functions, exceptions, and other objects.\n\nNoteworthy: "
                              "None is the `nil' object; Ellipsis represents `...' in slices."));
  struct NamedType {
    const char* name;
    TypeObject* type;
  };
  const NamedType types[] = {
      {"object", &Object_Type},       {"type", &Type_Type},
      {"int", &Int_Type},             {"bool", &Bool_Type},
      {"float", &Float_Type},         {"complex", &Complex_Type},
      {"str", &Str_Type},             {"bytes", &Bytes_Type},
      {"bytearray", &ByteArray_Type}, {"list", &List_Type},
      {"tuple", &Tuple_Type},         {"dict", &Dict_Type},
      {"set", &Set_Type},             {"frozenset", &FrozenSet_Type},
      {"range", &Range_Type},         {"slice", &Slice_Type},
      {"property", &Property_Type},   {"classmethod", &ClassMethod_Type},
      {"staticmethod", &StaticMethod_Type}, {"super", &Super_Type},
      {"enumerate", &Enumerate_Type}, {"zip", &Zip_Type},
      {"map", &Map_Type},             {"filter", &Filter_Type},
      {"reversed", &Reversed_Type},  {"memoryview", &MemoryView_Type},
  };
  for (const NamedType& t : types) dict_set_cstr(d, t.name, t.type);
  dict_set_cstr(d, "None", Py_None);
  dict_set_cstr(d, "Ellipsis", Py_Ellipsis);
  dict_set_cstr(d, "NotImplemented", Py_NotImplemented);
  dict_set_cstr(d, "True", Py_True);
  dict_set_cstr(d, "False", Py_False);
  dict_set_cstr(d, "__debug__", Py_True);
  add_exception_builtins(d);
  module_add_functions(m, builtin_functions);
  add_site_builtins(d);
  dict_set_cstr(sys_modules(), "builtins", m);
  return m;
}

}  // namespace slotpy
