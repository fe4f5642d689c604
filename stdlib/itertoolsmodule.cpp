// The itertools module, following CPython 3.11's Modules/itertoolsmodule.c: the same iterator
// types (itertools.count, itertools.chain, ...), the same argument parsing and messages, and the
// same step-by-step semantics (groupby's shared iterator, tee's linked buffers, islice's
// argument rules). Pickling support (__reduce__/__setstate__) is left out.
#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/genericalias.h"
#include "runtime/intobject.h"
#include "runtime/iterobjects.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Count_Type, Cycle_Type, Repeat_Type, Accumulate_Type, Chain_Type, Compress_Type,
    DropWhile_Type, TakeWhile_Type, FilterFalse_Type, GroupBy_Type, Grouper_Type, ISlice_Type,
    StarMap_Type, Tee_Type, TeeData_Type, ZipLongest_Type, Product_Type, Permutations_Type,
    Combinations_Type, CWR_Type, Pairwise_Type;

namespace {

inline bool has_kwargs(TupleObject* kwnames) { return kwnames && tuple_size(kwnames) > 0; }

Object* self_iter(Object* self) { return self; }

// "cycle() takes no keyword arguments" / "cycle expected 1 argument, got 2" (checked only for the
// type itself and subclasses that keep its __init__, as CPython does).
void no_kw(TypeObject* type, TypeObject* own, const char* name, TupleObject* kwnames) {
  if ((type == own || type->tp_init == own->tp_init) && has_kwargs(kwnames))
    raise_type_error("%s() takes no keyword arguments", name);
}

void positional(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (min == max)
    raise_type_error("%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
  if (nargs < min)
    raise_type_error("%s expected at least %zu argument%s, got %zu", name, min,
                     min == 1 ? "" : "s", nargs);
  raise_type_error("%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s",
                   nargs);
}

// PyArg_ParseTupleAndKeywords: as parse_args_old, with its "keyword " when only keywords came.
void old_args(const char* fname, Object* const* args, size_t nargs, TupleObject* kwnames,
              const char* const* names, int nparams, int required, Object** out) {
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs == 0 && nkw > nparams)
    raise_type_error("%s() takes at most %d keyword argument%s (%zd given)", fname, nparams,
                     nparams == 1 ? "" : "s", nkw);
  parse_args_old(fname, args, nargs, kwnames, names, nparams, required, nparams, out);
}

// The type's name without its module (CPython's _PyType_Name), for reprs.
const char* short_name(Object* self) {
  const char* n = type_of(self)->tp_name;
  const char* dot = std::strrchr(n, '.');
  return dot ? dot + 1 : n;
}

inline Object* next_of(Object* it) { return type_of(it)->tp_iternext(it); }

// Argument Clinic's "n" converter: an index that fits Py_ssize_t.
intptr_t ssize_arg(Object* o) { return int_arg(o); }

// ---- count -------------------------------------------------------------------------------------
struct CountObject : Object {
  Object* cnt;
  Object* step;
  bool fast;  // step is the int 1 and cnt an int: count by adding one
};

bool is_number(Object* o) {
  TypeObject* t = type_of(o);
  return t->nb_index || t->nb_int || t->nb_float || is_instance(o, &Complex_Type);
}

Object* count_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"start", "step"};
  Object* v[2];
  old_args("count", args, nargs, kwnames, names, 2, 0, v);
  Object* start = v[0];
  Object* step = v[1];
  if ((start && !is_number(start)) || (step && !is_number(step)))
    raise_type_error("a number is required");
  if (!start) start = make_small_int(0);
  if (!step) step = make_small_int(1);
  auto* c = static_cast<CountObject*>(type_alloc(type));
  c->fast = is_int(start) && is_int(step) && int_normalize(step) == make_small_int(1);
  c->cnt = c->fast ? int_normalize(start) : start;
  c->step = c->fast ? make_small_int(1) : step;
  return c;
}

Object* count_next(Object* self) {
  auto* c = static_cast<CountObject*>(self);
  Object* r = c->cnt;
  if (c->fast && is_small_int(r) && small_int_value(r) < kSmallIntMax)
    c->cnt = make_small_int(small_int_value(r) + 1);
  else
    c->cnt = binary_op(r, c->step, BINOP_add);
  return r;
}

Object* count_repr(Object* self) {
  auto* c = static_cast<CountObject*>(self);
  std::string s = short_name(self);
  s += '(';
  s += repr_cstr(c->cnt);
  if (!(is_int(c->step) && int_normalize(c->step) == make_small_int(1))) {
    s += ", ";
    s += repr_cstr(c->step);
  }
  s += ')';
  return str_from(s);
}

// ---- cycle -------------------------------------------------------------------------------------
struct CycleObject : Object {
  Object* it;  // nullptr once exhausted
  ListObject* saved;
  intptr_t index;
};

Object* cycle_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kw(type, &Cycle_Type, "cycle", kwnames);
  positional("cycle", nargs, 1, 1);
  Object* it = get_iter(args[0]);
  auto* c = static_cast<CycleObject*>(type_alloc(type));
  c->it = it;
  c->saved = list_new(0);
  return c;
}

Object* cycle_next(Object* self) {
  auto* c = static_cast<CycleObject*>(self);
  if (c->it) {
    if (Object* v = next_of(c->it)) {
      list_append(c->saved, v);
      return v;
    }
    c->it = nullptr;
  }
  intptr_t n = c->saved->size;
  if (n == 0) return nullptr;
  Object* v = c->saved->items[c->index];
  if (++c->index >= n) c->index = 0;
  return v;
}

// ---- repeat ------------------------------------------------------------------------------------
struct RepeatObject : Object {
  Object* element;
  intptr_t cnt;  // -1: forever
};

Object* repeat_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"object", "times"};
  Object* v[2];
  // PyArg_ParseTupleAndKeywords reports a missing `object` before an unknown keyword.
  if (nargs == 0 && has_kwargs(kwnames) && tuple_size(kwnames) <= 2) {
    bool given = false;
    for (intptr_t k = 0; k < tuple_size(kwnames); ++k)
      if (str_eq_cstr(static_cast<StrObject*>(tuple_item(kwnames, k)), "object")) given = true;
    if (!given) raise_type_error("repeat() missing required argument 'object' (pos 1)");
  }
  old_args("repeat", args, nargs, kwnames, names, 2, 1, v);
  intptr_t cnt = -1;
  if (v[1]) {
    cnt = ssize_arg(v[1]);
    if (cnt < 0) cnt = 0;
  }
  auto* r = static_cast<RepeatObject*>(type_alloc(type));
  r->element = v[0];
  r->cnt = cnt;
  return r;
}

Object* repeat_next(Object* self) {
  auto* r = static_cast<RepeatObject*>(self);
  if (r->cnt == 0) return nullptr;
  if (r->cnt > 0) --r->cnt;
  return r->element;
}

Object* repeat_repr(Object* self) {
  auto* r = static_cast<RepeatObject*>(self);
  if (r->cnt == -1) return str_format_c("%s(%s)", short_name(self), repr_cstr(r->element));
  return str_format_c("%s(%s, %zd)", short_name(self), repr_cstr(r->element), r->cnt);
}

Object* repeat_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__length_hint__", kwnames);
  check_nargs("__length_hint__", nargs, 0, 0);
  auto* r = static_cast<RepeatObject*>(self);
  if (r->cnt == -1) raise_type_error("len() of unsized object");
  return int_from_intptr(r->cnt);
}

const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr}};

// ---- accumulate --------------------------------------------------------------------------------
struct AccumulateObject : Object {
  Object* it;
  Object* func;     // nullptr: addition
  Object* total;    // nullptr before the first item
  Object* initial;  // nullptr once produced (or when not given)
};

Object* accumulate_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"iterable", "func", "initial"};
  Object* v[3];
  parse_args("accumulate", args, nargs, kwnames, names, 3, 1, 0, 2, v);
  Object* it = get_iter(v[0]);
  auto* a = static_cast<AccumulateObject*>(type_alloc(type));
  a->it = it;
  a->func = v[1] && v[1] != Py_None ? v[1] : nullptr;
  a->initial = v[2] && v[2] != Py_None ? v[2] : nullptr;
  return a;
}

Object* accumulate_next(Object* self) {
  auto* a = static_cast<AccumulateObject*>(self);
  if (a->initial) {
    a->total = a->initial;
    a->initial = nullptr;
    return a->total;
  }
  Object* v = next_of(a->it);
  if (!v) return nullptr;
  if (!a->total) {
    a->total = v;
    return v;
  }
  a->total = a->func ? call2(a->func, a->total, v) : binary_op(a->total, v, BINOP_add);
  return a->total;
}

// ---- chain -------------------------------------------------------------------------------------
struct ChainObject : Object {
  Object* source;  // iterator over the iterables; nullptr when done
  Object* active;  // the current iterator
};

Object* chain_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kw(type, &Chain_Type, "chain", kwnames);
  Object* source = get_iter(tuple_from(args, nargs));
  auto* c = static_cast<ChainObject*>(type_alloc(type));
  c->source = source;
  return c;
}

Object* chain_from_iterable(Object* cls, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("chain.from_iterable", kwnames);
  check_nargs("chain.from_iterable", nargs, 1, 1);
  Object* source = get_iter(args[0]);
  auto* c = static_cast<ChainObject*>(type_alloc(static_cast<TypeObject*>(cls)));
  c->source = source;
  return c;
}

Object* chain_next(Object* self) {
  auto* c = static_cast<ChainObject*>(self);
  while (c->source) {
    if (!c->active) {
      Object* iterable = next_of(c->source);
      if (!iterable) {
        c->source = nullptr;
        return nullptr;
      }
      try {
        c->active = get_iter(iterable);
      } catch (PyError&) {
        c->source = nullptr;
        throw;
      }
    }
    if (Object* v = next_of(c->active)) return v;
    c->active = nullptr;
  }
  return nullptr;
}

const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates "
     "lazily."},
    SLOTPY_CLASS_GETITEM_METHOD,
    {nullptr, nullptr, 0, nullptr}};

// ---- compress ----------------------------------------------------------------------------------
struct CompressObject : Object {
  Object* data;
  Object* selectors;
};

Object* compress_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"data", "selectors"};
  Object* v[2];
  parse_args("compress", args, nargs, kwnames, names, 2, 2, 0, 2, v);
  Object* data = get_iter(v[0]);
  Object* selectors = get_iter(v[1]);
  auto* c = static_cast<CompressObject*>(type_alloc(type));
  c->data = data;
  c->selectors = selectors;
  return c;
}

Object* compress_next(Object* self) {
  auto* c = static_cast<CompressObject*>(self);
  for (;;) {
    Object* d = next_of(c->data);
    if (!d) return nullptr;
    Object* s = next_of(c->selectors);
    if (!s) return nullptr;
    if (is_true(s)) return d;
  }
}

// ---- dropwhile, takewhile, filterfalse, starmap: (function, iterable) --------------------------
struct FuncIterObject : Object {
  Object* func;
  Object* it;
  bool flag;  // dropwhile: done dropping; takewhile: stopped
};

Object* func_iter_new(TypeObject* type, TypeObject* own, const char* name, Object* const* args,
                      size_t nargs, TupleObject* kwnames) {
  no_kw(type, own, name, kwnames);
  positional(name, nargs, 2, 2);
  Object* it = get_iter(args[1]);
  auto* f = static_cast<FuncIterObject*>(type_alloc(type));
  f->func = args[0];
  f->it = it;
  return f;
}

Object* dropwhile_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return func_iter_new(type, &DropWhile_Type, "dropwhile", args, nargs, kwnames);
}
Object* takewhile_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return func_iter_new(type, &TakeWhile_Type, "takewhile", args, nargs, kwnames);
}
Object* filterfalse_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return func_iter_new(type, &FilterFalse_Type, "filterfalse", args, nargs, kwnames);
}
Object* starmap_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return func_iter_new(type, &StarMap_Type, "starmap", args, nargs, kwnames);
}

Object* dropwhile_next(Object* self) {
  auto* f = static_cast<FuncIterObject*>(self);
  for (;;) {
    Object* v = next_of(f->it);
    if (!v) return nullptr;
    if (f->flag) return v;
    if (!is_true(call1(f->func, v))) {
      f->flag = true;
      return v;
    }
  }
}

Object* takewhile_next(Object* self) {
  auto* f = static_cast<FuncIterObject*>(self);
  if (f->flag) return nullptr;
  Object* v = next_of(f->it);
  if (!v) return nullptr;
  if (is_true(call1(f->func, v))) return v;
  f->flag = true;
  return nullptr;
}

Object* filterfalse_next(Object* self) {
  auto* f = static_cast<FuncIterObject*>(self);
  bool plain = f->func == Py_None || f->func == &Bool_Type;
  for (;;) {
    Object* v = next_of(f->it);
    if (!v) return nullptr;
    if (!is_true(plain ? v : call1(f->func, v))) return v;
  }
}

Object* starmap_next(Object* self) {
  auto* f = static_cast<FuncIterObject*>(self);
  Object* a = next_of(f->it);
  if (!a) return nullptr;
  if (!is_tuple_exact(a)) a = tuple_from_iterable(a);
  return call(f->func, static_cast<TupleObject*>(a)->items, static_cast<size_t>(tuple_size(a)));
}

// ---- groupby -----------------------------------------------------------------------------------
struct GroupByObject : Object {
  Object* it;
  Object* keyfunc;  // nullptr: identity
  Object* tgtkey;
  Object* currkey;
  Object* currvalue;
  Object* currgrouper;
};

struct GrouperObject : Object {
  GroupByObject* parent;
  Object* tgtkey;
};

Object* groupby_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"iterable", "key"};
  Object* v[2];
  parse_args("groupby", args, nargs, kwnames, names, 2, 1, 0, 2, v);
  Object* it = get_iter(v[0]);
  auto* g = static_cast<GroupByObject*>(type_alloc(type));
  g->it = it;
  g->keyfunc = v[1] && v[1] != Py_None ? v[1] : nullptr;
  return g;
}

// Reads the next value and its key; false when the input is exhausted.
bool groupby_step(GroupByObject* g) {
  Object* v = next_of(g->it);
  if (!v) return false;
  Object* k = g->keyfunc ? call1(g->keyfunc, v) : v;
  g->currvalue = v;
  g->currkey = k;
  return true;
}

Object* groupby_next(Object* self) {
  auto* g = static_cast<GroupByObject*>(self);
  g->currgrouper = nullptr;
  for (;;) {
    if (!g->currkey) {
      // read on
    } else if (!g->tgtkey) {
      break;
    } else if (!rich_compare_bool(g->tgtkey, g->currkey, CMP_EQ)) {
      break;
    }
    if (!groupby_step(g)) return nullptr;
  }
  g->tgtkey = g->currkey;
  auto* gr = static_cast<GrouperObject*>(type_alloc(&Grouper_Type));
  gr->parent = g;
  gr->tgtkey = g->tgtkey;
  g->currgrouper = gr;
  return tuple_pack({g->currkey, gr});
}

Object* grouper_next(Object* self) {
  auto* gr = static_cast<GrouperObject*>(self);
  GroupByObject* g = gr->parent;
  if (g->currgrouper != gr) return nullptr;
  if (!g->currvalue && !groupby_step(g)) return nullptr;
  if (!rich_compare_bool(gr->tgtkey, g->currkey, CMP_EQ)) return nullptr;
  Object* r = g->currvalue;
  g->currvalue = nullptr;
  g->currkey = nullptr;
  return r;
}

// ---- islice ------------------------------------------------------------------------------------
struct ISliceObject : Object {
  Object* it;  // nullptr once exhausted
  intptr_t next;
  intptr_t stop;  // -1: None
  intptr_t step;
  intptr_t cnt;
};

// PyNumber_AsSsize_t with the error cleared: -1 for anything that is no index in range.
intptr_t ssize_or_minus1(Object* o) {
  if (is_small_int(o)) return small_int_value(o);
  try {
    Object* i = number_index(o);
    intptr_t v;
    if (int_to_intptr(i, &v)) return v;
    return -1;
  } catch (PyError&) {
    clear_exception();
    return -1;
  }
}

Object* islice_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kw(type, &ISlice_Type, "islice", kwnames);
  positional("islice", nargs, 2, 4);
  intptr_t start = 0, stop = -1, step = 1;
  static const char kStopMsg[] =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (nargs == 2) {
    if (args[1] != Py_None) {
      stop = ssize_or_minus1(args[1]);
      if (stop == -1) raise_value_error(kStopMsg);
    }
  } else {
    if (args[1] != Py_None) start = ssize_or_minus1(args[1]);
    if (args[2] != Py_None) {
      stop = ssize_or_minus1(args[2]);
      if (stop == -1) raise_value_error(kStopMsg);
    }
  }
  if (start < 0 || stop < -1)
    raise_value_error(
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (nargs == 4 && args[3] != Py_None) step = ssize_or_minus1(args[3]);
  if (step < 1) raise_value_error("Step for islice() must be a positive integer or None.");
  Object* it = get_iter(args[0]);
  auto* s = static_cast<ISliceObject*>(type_alloc(type));
  s->it = it;
  s->next = start;
  s->stop = stop;
  s->step = step;
  return s;
}

Object* islice_next(Object* self) {
  auto* s = static_cast<ISliceObject*>(self);
  Object* it = s->it;
  if (!it) return nullptr;
  IterNextFn nx = type_of(it)->tp_iternext;
  while (s->cnt < s->next) {
    if (!nx(it)) {
      s->it = nullptr;
      return nullptr;
    }
    ++s->cnt;
  }
  if (s->stop != -1 && s->cnt >= s->stop) {
    s->it = nullptr;
    return nullptr;
  }
  Object* v = nx(it);
  if (!v) {
    s->it = nullptr;
    return nullptr;
  }
  ++s->cnt;
  intptr_t old = s->next;
  s->next = static_cast<intptr_t>(static_cast<size_t>(s->next) + static_cast<size_t>(s->step));
  if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
  return v;
}

// ---- tee ---------------------------------------------------------------------------------------
constexpr int kLinkCells = 57;

struct TeeDataObject : Object {
  Object* it;
  int numread;
  bool running;
  TeeDataObject* nextlink;
  Object* values[kLinkCells];
};

struct TeeObject : Object {
  TeeDataObject* dataobj;
  int index;
  Object* weaklist;
};

TeeDataObject* teedata_new(Object* it) {
  auto* d = static_cast<TeeDataObject*>(type_alloc(&TeeData_Type));
  d->it = it;
  return d;
}

Object* teedata_getitem(TeeDataObject* d, int i) {
  if (i < d->numread) return d->values[i];
  if (d->running) raise_fmt(Exc_RuntimeError, "cannot re-enter the tee iterator");
  d->running = true;
  Object* v;
  try {
    v = next_of(d->it);
  } catch (PyError&) {
    d->running = false;
    throw;
  }
  d->running = false;
  if (!v) return nullptr;
  d->values[d->numread++] = v;
  return v;
}

TeeObject* tee_copy_of(TeeObject* t) {
  auto* c = static_cast<TeeObject*>(type_alloc(&Tee_Type));
  c->dataobj = t->dataobj;
  c->index = t->index;
  return c;
}

Object* tee_fromiterable(Object* iterable) {
  Object* it = get_iter(iterable);
  if (type_of(it) == &Tee_Type) return tee_copy_of(static_cast<TeeObject*>(it));
  auto* t = static_cast<TeeObject*>(type_alloc(&Tee_Type));
  t->dataobj = teedata_new(it);
  return t;
}

Object* tee_new(TypeObject*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"iterable"};
  Object* v[1];
  parse_args("_tee", args, nargs, kwnames, names, 1, 1, 1, 1, v);
  return tee_fromiterable(v[0]);
}

Object* tee_next(Object* self) {
  auto* t = static_cast<TeeObject*>(self);
  if (t->index >= kLinkCells) {
    TeeDataObject* d = t->dataobj;
    if (!d->nextlink) d->nextlink = teedata_new(d->it);
    t->dataobj = d->nextlink;
    t->index = 0;
  }
  Object* v = teedata_getitem(t->dataobj, t->index);
  if (!v) return nullptr;
  ++t->index;
  return v;
}

Object* tee_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__copy__", kwnames);
  check_nargs("__copy__", nargs, 0, 0);
  return tee_copy_of(static_cast<TeeObject*>(self));
}

const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, METH_DEFAULT, "Returns an independent iterator."},
    {nullptr, nullptr, 0, nullptr}};

Object* itertools_tee(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("itertools.tee() takes no keyword arguments");
  positional("tee", nargs, 1, 2);
  intptr_t n = nargs > 1 ? ssize_arg(args[1]) : 2;
  if (n < 0) raise_value_error("n must be >= 0");
  TupleObject* result = tuple_new(n);
  if (n == 0) return result;
  Object* it = get_iter(args[0]);
  static StrObject* copy_name = intern("__copy__");
  Object* copyfunc = get_attr_or_null(it, copy_name);
  Object* copyable = it;
  if (!copyfunc) {
    copyable = tee_fromiterable(it);
    copyfunc = get_attr(copyable, copy_name);
  }
  result->items[0] = copyable;
  for (intptr_t i = 1; i < n; ++i) result->items[i] = call0(copyfunc);
  return result;
}

// ---- zip_longest -------------------------------------------------------------------------------
struct ZipLongestObject : Object {
  TupleObject* iters;  // exhausted entries become nullptr
  intptr_t numactive;
  Object* fillvalue;
};

Object* zip_longest_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* fill = Py_None;
  if (has_kwargs(kwnames)) {
    if (tuple_size(kwnames) != 1 ||
        !str_eq_cstr(static_cast<StrObject*>(tuple_item(kwnames, 0)), "fillvalue"))
      raise_type_error("zip_longest() got an unexpected keyword argument");
    fill = args[nargs];
  }
  TupleObject* iters = tuple_new(static_cast<intptr_t>(nargs));
  for (size_t i = 0; i < nargs; ++i) iters->items[i] = get_iter(args[i]);
  auto* z = static_cast<ZipLongestObject*>(type_alloc(type));
  z->iters = iters;
  z->numactive = static_cast<intptr_t>(nargs);
  z->fillvalue = fill;
  return z;
}

Object* zip_longest_next(Object* self) {
  auto* z = static_cast<ZipLongestObject*>(self);
  intptr_t n = tuple_size(z->iters);
  if (n == 0 || z->numactive == 0) return nullptr;
  TupleObject* r = tuple_new(n);
  for (intptr_t i = 0; i < n; ++i) {
    Object* it = z->iters->items[i];
    Object* v;
    if (!it) {
      v = z->fillvalue;
    } else {
      try {
        v = next_of(it);
      } catch (PyError&) {
        z->numactive = 0;
        throw;
      }
      if (!v) {
        if (--z->numactive == 0) return nullptr;
        v = z->fillvalue;
        z->iters->items[i] = nullptr;
      }
    }
    r->items[i] = v;
  }
  return r;
}

// ---- product -----------------------------------------------------------------------------------
struct ProductObject : Object {
  TupleObject* pools;
  intptr_t* indices;  // one per pool (atomic memory)
  TupleObject* result;  // the previous result, nullptr before the first
  bool stopped;
};

Object* product_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  intptr_t repeat = 1;
  if (has_kwargs(kwnames)) {
    static const char* const names[] = {"repeat"};
    Object* v[1];
    old_args("product", args + nargs, 0, kwnames, names, 1, 0, v);
    if (v[0]) repeat = ssize_arg(v[0]);
    if (repeat < 0) raise_value_error("repeat argument cannot be negative");
  }
  intptr_t n = repeat == 0 ? 0 : static_cast<intptr_t>(nargs);
  if (n && static_cast<size_t>(n) > static_cast<size_t>(INTPTR_MAX) / sizeof(intptr_t) /
                                         static_cast<size_t>(repeat))
    raise_overflow_error("repeat argument too large");
  intptr_t npools = n * repeat;
  TupleObject* pools = tuple_new(npools);
  for (intptr_t i = 0; i < n; ++i) pools->items[i] = tuple_from_iterable(args[i]);
  for (intptr_t i = n; i < npools; ++i) pools->items[i] = pools->items[i - n];
  auto* p = static_cast<ProductObject*>(type_alloc(type));
  p->pools = pools;
  p->indices = static_cast<intptr_t*>(gc_alloc_atomic(sizeof(intptr_t) * (npools + 1)));
  std::memset(p->indices, 0, sizeof(intptr_t) * (npools + 1));
  return p;
}

Object* product_next(Object* self) {
  auto* p = static_cast<ProductObject*>(self);
  if (p->stopped) return nullptr;
  intptr_t npools = tuple_size(p->pools);
  TupleObject* r = tuple_new(npools);
  if (!p->result) {
    for (intptr_t i = 0; i < npools; ++i) {
      Object* pool = p->pools->items[i];
      if (tuple_size(pool) == 0) {
        p->stopped = true;
        return nullptr;
      }
      r->items[i] = tuple_item(pool, 0);
    }
  } else {
    std::memcpy(r->items, p->result->items, sizeof(Object*) * npools);
    intptr_t i = npools - 1;
    for (; i >= 0; --i) {
      Object* pool = p->pools->items[i];
      intptr_t idx = ++p->indices[i];
      if (idx == tuple_size(pool)) {
        p->indices[i] = 0;
        r->items[i] = tuple_item(pool, 0);
      } else {
        r->items[i] = tuple_item(pool, idx);
        break;
      }
    }
    if (i < 0) {
      p->stopped = true;
      return nullptr;
    }
  }
  p->result = r;
  return r;
}

// ---- combinations, combinations_with_replacement, permutations ---------------------------------
struct CombObject : Object {
  TupleObject* pool;
  intptr_t* indices;
  intptr_t* cycles;  // permutations only
  intptr_t r;
  TupleObject* result;
  bool stopped;
};

intptr_t* index_array(intptr_t n) {
  auto* a = static_cast<intptr_t*>(gc_alloc_atomic(sizeof(intptr_t) * (n + 1)));
  std::memset(a, 0, sizeof(intptr_t) * (n + 1));
  return a;
}

CombObject* comb_alloc(TypeObject* type, Object* iterable, intptr_t r) {
  TupleObject* pool = tuple_from_iterable(iterable);
  auto* c = static_cast<CombObject*>(type_alloc(type));
  c->pool = pool;
  c->r = r;
  return c;
}

Object* combinations_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"iterable", "r"};
  Object* v[2];
  parse_args("combinations", args, nargs, kwnames, names, 2, 2, 0, 2, v);
  intptr_t r = ssize_arg(v[1]);
  if (r < 0) raise_value_error("r must be non-negative");
  CombObject* c = comb_alloc(type, v[0], r);
  c->indices = index_array(r);
  for (intptr_t i = 0; i < r; ++i) c->indices[i] = i;
  c->stopped = r > tuple_size(c->pool);
  return c;
}

TupleObject* pick(CombObject* c) {
  TupleObject* t = tuple_new(c->r);
  for (intptr_t i = 0; i < c->r; ++i) t->items[i] = c->pool->items[c->indices[i]];
  return t;
}

Object* combinations_next(Object* self) {
  auto* c = static_cast<CombObject*>(self);
  if (c->stopped) return nullptr;
  intptr_t n = tuple_size(c->pool), r = c->r;
  if (c->result) {
    intptr_t i = r - 1;
    while (i >= 0 && c->indices[i] == i + n - r) --i;
    if (i < 0) {
      c->stopped = true;
      return nullptr;
    }
    ++c->indices[i];
    for (intptr_t j = i + 1; j < r; ++j) c->indices[j] = c->indices[j - 1] + 1;
  }
  c->result = pick(c);
  return c->result;
}

Object* cwr_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"iterable", "r"};
  Object* v[2];
  parse_args("combinations_with_replacement", args, nargs, kwnames, names, 2, 2, 0, 2, v);
  intptr_t r = ssize_arg(v[1]);
  if (r < 0) raise_value_error("r must be non-negative");
  CombObject* c = comb_alloc(type, v[0], r);
  c->indices = index_array(r);
  c->stopped = tuple_size(c->pool) == 0 && r > 0;
  return c;
}

Object* cwr_next(Object* self) {
  auto* c = static_cast<CombObject*>(self);
  if (c->stopped) return nullptr;
  intptr_t n = tuple_size(c->pool), r = c->r;
  if (c->result) {
    intptr_t i = r - 1;
    while (i >= 0 && c->indices[i] == n - 1) --i;
    if (i < 0) {
      c->stopped = true;
      return nullptr;
    }
    intptr_t index = c->indices[i] + 1;
    for (intptr_t j = i; j < r; ++j) c->indices[j] = index;
  }
  c->result = pick(c);
  return c->result;
}

Object* permutations_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"iterable", "r"};
  Object* v[2];
  parse_args("permutations", args, nargs, kwnames, names, 2, 1, 0, 2, v);
  TupleObject* pool = tuple_from_iterable(v[0]);
  intptr_t n = tuple_size(pool);
  intptr_t r = n;
  if (v[1] && v[1] != Py_None) {
    if (!is_int(v[1])) raise_type_error("Expected int as r");
    r = int_as_intptr(v[1]);
  }
  if (r < 0) raise_value_error("r must be non-negative");
  auto* c = static_cast<CombObject*>(type_alloc(type));
  c->pool = pool;
  c->r = r;
  c->indices = index_array(n);
  c->cycles = index_array(r);
  for (intptr_t i = 0; i < n; ++i) c->indices[i] = i;
  for (intptr_t i = 0; i < r; ++i) c->cycles[i] = n - i;
  c->stopped = r > n;
  return c;
}

Object* permutations_next(Object* self) {
  auto* c = static_cast<CombObject*>(self);
  if (c->stopped) return nullptr;
  intptr_t n = tuple_size(c->pool), r = c->r;
  intptr_t* indices = c->indices;
  intptr_t* cycles = c->cycles;
  if (c->result) {
    if (n == 0) {
      c->stopped = true;
      return nullptr;
    }
    intptr_t i = r - 1;
    for (; i >= 0; --i) {
      if (--cycles[i] == 0) {
        intptr_t index = indices[i];
        for (intptr_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        intptr_t j = cycles[i];
        intptr_t index = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = index;
        break;
      }
    }
    if (i < 0) {
      c->stopped = true;
      return nullptr;
    }
  }
  c->result = pick(c);
  return c->result;
}

// ---- pairwise ----------------------------------------------------------------------------------
struct PairwiseObject : Object {
  Object* it;  // nullptr once exhausted
  Object* old;
};

Object* pairwise_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kw(type, &Pairwise_Type, "pairwise", kwnames);
  positional("pairwise", nargs, 1, 1);
  Object* it = get_iter(args[0]);
  auto* p = static_cast<PairwiseObject*>(type_alloc(type));
  p->it = it;
  return p;
}

Object* pairwise_next(Object* self) {
  auto* p = static_cast<PairwiseObject*>(self);
  if (!p->it) return nullptr;
  if (!p->old) {
    p->old = next_of(p->it);
    if (!p->old) {
      p->it = nullptr;
      return nullptr;
    }
  }
  Object* nw = next_of(p->it);
  if (!nw) {
    p->it = nullptr;
    p->old = nullptr;
    return nullptr;
  }
  Object* r = tuple_pack({p->old, nw});
  p->old = nw;
  return r;
}

// The default repr for the types without their own: "<itertools.chain object at 0x...>"
// (object's repr would repeat the module of a static type's dotted name).
Object* default_repr(Object* self) {
  TypeObject* t = type_of(self);
  if (type_has(t, TPFLAGS_HEAPTYPE)) return Object_Type.tp_repr(self);
  return str_format_c("<%s object at %p>", t->tp_name, static_cast<void*>(self));
}

// ---- the module --------------------------------------------------------------------------------
void iter_type(TypeObject* t, const char* name, intptr_t size, NewFn tp_new, IterNextFn next,
               bool base, const char* doc) {
  t->tp_name = name;
  t->tp_basicsize = size;
  t->tp_flags = base ? uint64_t{TPFLAGS_BASETYPE} : uint64_t{0};
  t->tp_new = tp_new;
  t->tp_iter = self_iter;
  t->tp_iternext = next;
  t->tp_doc = doc;
  t->tp_repr = default_repr;
}

void init_types() {
  iter_type(&Count_Type, "itertools.count", sizeof(CountObject), count_new, count_next, true,
            "Return a count object whose .__next__() method returns consecutive values.\n\n"
            "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
            "        while 1:\n            yield x\n            x += step");
  Count_Type.tp_repr = count_repr;
  iter_type(&Cycle_Type, "itertools.cycle", sizeof(CycleObject), cycle_new, cycle_next, true,
            "Return elements from the iterable until it is exhausted. Then repeat the sequence "
            "indefinitely.");
  iter_type(&Repeat_Type, "itertools.repeat", sizeof(RepeatObject), repeat_new, repeat_next, true,
            "repeat(object [,times]) -> create an iterator which returns the object\n"
            "for the specified number of times.  If not specified, returns the object\n"
            "endlessly.");
  Repeat_Type.tp_repr = repeat_repr;
  Repeat_Type.tp_methods = repeat_methods;
  iter_type(&Accumulate_Type, "itertools.accumulate", sizeof(AccumulateObject), accumulate_new,
            accumulate_next, true, "Return series of accumulated sums (or other binary function results).");
  iter_type(&Chain_Type, "itertools.chain", sizeof(ChainObject), chain_new, chain_next, true,
            "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method "
            "returns elements from the\nfirst iterable until it is exhausted, then elements from "
            "the next\niterable, until all of the iterables are exhausted.");
  Chain_Type.tp_methods = chain_methods;
  iter_type(&Compress_Type, "itertools.compress", sizeof(CompressObject), compress_new,
            compress_next, true,
            "Return data elements corresponding to true selector elements.\n\nForms a shorter "
            "iterator from selected data elements using the selectors to\nchoose the data "
            "elements.");
  iter_type(&DropWhile_Type, "itertools.dropwhile", sizeof(FuncIterObject), dropwhile_new,
            dropwhile_next, true,
            "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return "
            "every element until the iterable is exhausted.");
  iter_type(&TakeWhile_Type, "itertools.takewhile", sizeof(FuncIterObject), takewhile_new,
            takewhile_next, true,
            "Return successive entries from an iterable as long as the predicate evaluates to "
            "true for each entry.");
  iter_type(&FilterFalse_Type, "itertools.filterfalse", sizeof(FuncIterObject), filterfalse_new,
            filterfalse_next, true,
            "Return those items of iterable for which function(item) is false.\n\nIf function "
            "is None, return the items that are false.");
  iter_type(&StarMap_Type, "itertools.starmap", sizeof(FuncIterObject), starmap_new,
            starmap_next, true,
            "Return an iterator whose values are returned from the function evaluated with an "
            "argument tuple taken from the given sequence.");
  iter_type(&GroupBy_Type, "itertools.groupby", sizeof(GroupByObject), groupby_new, groupby_next,
            true,
            "make an iterator that returns consecutive keys and groups from the iterable\n\n"
            "  iterable\n    Elements to divide into groups according to the key function.\n"
            "  key\n    A function for computing the group category for each element.\n"
            "    If the key function is not specified or is None, the element itself\n"
            "    is used for grouping.");
  iter_type(&Grouper_Type, "itertools._grouper", sizeof(GrouperObject), nullptr, grouper_next,
            false, nullptr);
  iter_type(&ISlice_Type, "itertools.islice", sizeof(ISliceObject), islice_new, islice_next, true,
            "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> "
            "islice object\n\nReturn an iterator whose next() method returns selected values from "
            "an\niterable.  If start is specified, will skip all preceding elements;\notherwise, "
            "start defaults to zero.  Step defaults to one.  If\nspecified as another value, step "
            "determines how many values are\nskipped between successive calls.  Works like a "
            "slice() on a list\nbut returns an iterator.");
  iter_type(&Tee_Type, "itertools._tee", sizeof(TeeObject), tee_new, tee_next, false,
            "Iterator wrapped to make it copyable.");
  Tee_Type.tp_methods = tee_methods;
  Tee_Type.tp_weaklistoffset = offsetof(TeeObject, weaklist);
  TeeData_Type.tp_name = "itertools._tee_dataobject";
  TeeData_Type.tp_basicsize = sizeof(TeeDataObject);
  TeeData_Type.tp_repr = default_repr;
  TeeData_Type.tp_doc = "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.";
  iter_type(&ZipLongest_Type, "itertools.zip_longest", sizeof(ZipLongestObject), zip_longest_new,
            zip_longest_next, true,
            "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
            "Return a zip_longest object whose .__next__() method returns a tuple where\n"
            "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
            "method continues until the longest iterable in the argument sequence\n"
            "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
            "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
            "defaults to None or can be specified by a keyword argument.\n");
  iter_type(&Product_Type, "itertools.product", sizeof(ProductObject), product_new, product_next,
            true,
            "product(*iterables, repeat=1) --> product object\n\nCartesian product of input "
            "iterables.  Equivalent to nested for-loops.");
  iter_type(&Permutations_Type, "itertools.permutations", sizeof(CombObject), permutations_new,
            permutations_next, true,
            "Return successive r-length permutations of elements in the iterable.\n\n"
            "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
  iter_type(&Combinations_Type, "itertools.combinations", sizeof(CombObject), combinations_new,
            combinations_next, true,
            "Return successive r-length combinations of elements in the iterable.\n\n"
            "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
  iter_type(&CWR_Type, "itertools.combinations_with_replacement", sizeof(CombObject), cwr_new,
            cwr_next, true,
            "Return successive r-length combinations of elements in the iterable allowing "
            "individual elements to have successive repeats.\n\n"
            "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), "
            "('B','B'), ('B','C'), ('C','C')");
  iter_type(&Pairwise_Type, "itertools.pairwise", sizeof(PairwiseObject), pairwise_new,
            pairwise_next, true,
            "Return an iterator of overlapping pairs taken from the input iterator.\n\n"
            "    s -> (s0,s1), (s1,s2), (s2, s3), ...");
}

const MethodDef itertools_functions[] = {
    {"tee", itertools_tee, METH_DEFAULT, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* create_module_itertools() {
  static TypeObject* const types[] = {
      &Count_Type, &Cycle_Type, &Repeat_Type, &Accumulate_Type, &Chain_Type, &Compress_Type,
      &DropWhile_Type, &TakeWhile_Type, &FilterFalse_Type, &GroupBy_Type, &Grouper_Type,
      &ISlice_Type, &StarMap_Type, &Tee_Type, &TeeData_Type, &ZipLongest_Type, &Product_Type,
      &Permutations_Type, &Combinations_Type, &CWR_Type, &Pairwise_Type};
  if (!type_has(&Count_Type, TPFLAGS_READY)) {
    init_types();
    for (TypeObject* t : types) type_ready(t);
  }
  ModuleObject* m = module_new("itertools");
  module_add(m, "__doc__",
             str_from_cstr("Functional tools for creating and using iterators.\n\nInfinite "
                           "iterators:\ncount(start=0, step=1) --> start, start+step, "
                           "start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
                           "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n "
                           "times\n"));
  module_add_functions(m, itertools_functions);
  for (TypeObject* t : types) {
    const char* n = std::strchr(t->tp_name, '.') + 1;
    if (n[0] != '_') module_add(m, n, t);
  }
  module_add(m, "_grouper", &Grouper_Type);
  module_add(m, "_tee", &Tee_Type);
  module_add(m, "_tee_dataobject", &TeeData_Type);
  return m;
}

}  // namespace slotpy
