// enumerate, zip, map, filter, reversed and callable_iterator (CPython 3.11 semantics and
// messages).
#include "runtime/iterobjects.h"

#include <cstring>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Enumerate_Type, Zip_Type, Map_Type, Filter_Type, Reversed_Type, CallIter_Type;

void parse_args_old(const char* fname, Object* const* args, size_t nargs, TupleObject* kwnames,
                    const char* const* names, int nparams, int required, int kwonly, Object** out) {
  for (int i = 0; i < nparams; ++i) out[i] = nullptr;
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  size_t total = nargs + static_cast<size_t>(nkw);
  if (total > static_cast<size_t>(nparams) || nargs > static_cast<size_t>(kwonly)) {
    if (nargs > static_cast<size_t>(kwonly) && kwonly < nparams)
      raise_type_error("%s() takes at most %d positional argument%s (%zu given)", fname, kwonly,
                       kwonly == 1 ? "" : "s", nargs);
    raise_type_error("%s() takes at most %d argument%s (%zu given)", fname, nparams,
                     nparams == 1 ? "" : "s", total);
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  for (intptr_t k = 0; k < nkw; ++k) {
    StrObject* kn = static_cast<StrObject*>(tuple_item(kwnames, k));
    const char* key = str_utf8(kn);
    int found = -1;
    for (int i = 0; i < nparams; ++i) {
      if (!std::strcmp(names[i], key)) {
        found = i;
        break;
      }
    }
    if (found < 0) raise_type_error("'%s' is an invalid keyword argument for %s()", key, fname);
    if (out[found])
      raise_type_error("argument for %s() given by name ('%s') and position (%d)", fname, key,
                       found + 1);
    out[found] = args[nargs + k];
  }
  for (int i = 0; i < required; ++i) {
    if (!out[i]) {
      if (i < kwonly)
        raise_type_error("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
      raise_type_error("%s() missing required keyword-only argument '%s'", fname, names[i]);
    }
  }
}

namespace {

inline bool has_kwargs(TupleObject* kwnames) { return kwnames && tuple_size(kwnames) > 0; }

Object* self_iter(Object* self) { return self; }

// ---- enumerate ---------------------------------------------------------------------------------
struct EnumerateObject : Object {
  Object* iter;
  intptr_t index;   // used while big_index is nullptr
  Object* big_index;
};

Object* enumerate_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* iterable;
  Object* start = nullptr;
  if (!has_kwargs(kwnames)) {
    if (nargs == 0) raise_type_error("enumerate() missing required argument 'iterable'");
    if (nargs > 2) raise_type_error("enumerate() takes at most 2 arguments (%zu given)", nargs);
    iterable = args[0];
    if (nargs == 2) start = args[1];
  } else {
    static const char* const names[] = {"iterable", "start"};
    Object* v[2];
    if (nargs == 0 && tuple_size(kwnames) <= 2) {
      // CPython names a keyword when `iterable` is missing: an unknown one, else the first.
      bool has_iterable = false;
      StrObject* bad = nullptr;
      for (intptr_t k = 0; k < tuple_size(kwnames); ++k) {
        auto* kn = static_cast<StrObject*>(tuple_item(kwnames, k));
        if (str_eq_cstr(kn, "iterable")) has_iterable = true;
        else if (!str_eq_cstr(kn, "start") && !bad) bad = kn;
      }
      if (!has_iterable || bad) {
        if (!bad) bad = static_cast<StrObject*>(tuple_item(kwnames, 0));
        raise_type_error("'%s' is an invalid keyword argument for enumerate()", str_utf8(bad));
      }
    }
    parse_args_old("enumerate", args, nargs, kwnames, names, 2, 1, 2, v);
    iterable = v[0];
    start = v[1];
  }
  auto* e = static_cast<EnumerateObject*>(type_alloc(type));
  if (start) {
    start = number_index(start);
    intptr_t v;
    if (int_to_intptr(start, &v))
      e->index = v;
    else
      e->big_index = int_normalize(start);
  }
  e->iter = get_iter(iterable);
  return e;
}

Object* enumerate_next(Object* self) {
  auto* e = static_cast<EnumerateObject*>(self);
  Object* item = iter_next(e->iter);
  if (!item) return nullptr;
  Object* idx;
  if (e->big_index) {
    idx = e->big_index;
    e->big_index = int_add(idx, make_small_int(1));
  } else {
    idx = int_from_intptr(e->index);
    if (e->index == INTPTR_MAX)
      e->big_index = int_add(idx, make_small_int(1));
    else
      ++e->index;
  }
  TupleObject* t = tuple_new(2);
  t->items[0] = idx;
  t->items[1] = item;
  return t;
}

// ---- zip ---------------------------------------------------------------------------------------
struct ZipObject : Object {
  TupleObject* iters;
  bool strict;
};

Object* zip_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  bool strict = false;
  if (has_kwargs(kwnames)) {
    intptr_t nkw = tuple_size(kwnames);
    if (nkw > 1) raise_type_error("zip() takes at most 1 keyword argument (%zd given)", nkw);
    for (intptr_t k = 0; k < nkw; ++k) {
      StrObject* kn = static_cast<StrObject*>(tuple_item(kwnames, k));
      if (!str_eq_cstr(kn, "strict"))
        raise_type_error("'%s' is an invalid keyword argument for zip()", str_utf8(kn));
      strict = is_true(args[nargs + k]);
    }
  }
  TupleObject* iters = tuple_new(static_cast<intptr_t>(nargs));
  for (size_t i = 0; i < nargs; ++i) iters->items[i] = get_iter(args[i]);
  auto* z = static_cast<ZipObject*>(type_alloc(type));
  z->iters = iters;
  z->strict = strict;
  return z;
}

Object* zip_next(Object* self) {
  auto* z = static_cast<ZipObject*>(self);
  intptr_t n = z->iters->ob_size;
  if (n == 0) return nullptr;
  Object** items = static_cast<Object**>(n <= 16 ? __builtin_alloca(n * sizeof(Object*))
                                                 : gc_alloc(n * sizeof(Object*)));
  for (intptr_t i = 0; i < n; ++i) {
    Object* v = iter_next(z->iters->items[i]);
    if (!v) {
      if (!z->strict) return nullptr;
      if (i) {
        const char* plural = i == 1 ? " " : "s 1-";
        raise_value_error("zip() argument %zd is shorter than argument%s%zd", i + 1, plural, i);
      }
      for (intptr_t j = 1; j < n; ++j) {
        if (iter_next(z->iters->items[j])) {
          const char* plural = j == 1 ? " " : "s 1-";
          raise_value_error("zip() argument %zd is longer than argument%s%zd", j + 1, plural, j);
        }
      }
      return nullptr;
    }
    items[i] = v;
  }
  return tuple_from(items, static_cast<size_t>(n));
}

// ---- map ---------------------------------------------------------------------------------------
struct MapObject : Object {
  Object* func;
  TupleObject* iters;
};

Object* map_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (type == &Map_Type && has_kwargs(kwnames)) raise_type_error("map() takes no keyword arguments");
  if (nargs < 2) raise_type_error("map() must have at least two arguments.");
  TupleObject* iters = tuple_new(static_cast<intptr_t>(nargs - 1));
  for (size_t i = 1; i < nargs; ++i) iters->items[i - 1] = get_iter(args[i]);
  auto* m = static_cast<MapObject*>(type_alloc(type));
  m->func = args[0];
  m->iters = iters;
  return m;
}

Object* map_next(Object* self) {
  auto* m = static_cast<MapObject*>(self);
  intptr_t n = m->iters->ob_size;
  if (n == 1) {
    Object* v = iter_next(m->iters->items[0]);
    if (!v) return nullptr;
    return call(m->func, &v, 1);
  }
  Object** items = static_cast<Object**>(n <= 16 ? __builtin_alloca(n * sizeof(Object*))
                                                 : gc_alloc(n * sizeof(Object*)));
  for (intptr_t i = 0; i < n; ++i) {
    Object* v = iter_next(m->iters->items[i]);
    if (!v) return nullptr;
    items[i] = v;
  }
  return call(m->func, items, static_cast<size_t>(n));
}

// ---- filter ------------------------------------------------------------------------------------
struct FilterObject : Object {
  Object* func;  // nullptr: truth value of the item
  Object* iter;
};

Object* filter_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (type == &Filter_Type && has_kwargs(kwnames))
    raise_type_error("filter() takes no keyword arguments");
  check_nargs("filter", nargs, 2, 2);
  Object* it = get_iter(args[1]);
  auto* f = static_cast<FilterObject*>(type_alloc(type));
  f->func = (args[0] == Py_None || args[0] == &Bool_Type) ? nullptr : args[0];
  f->iter = it;
  return f;
}

Object* filter_next(Object* self) {
  auto* f = static_cast<FilterObject*>(self);
  for (;;) {
    Object* v = iter_next(f->iter);
    if (!v) return nullptr;
    bool ok = f->func ? is_true(call(f->func, &v, 1)) : is_true(v);
    if (ok) return v;
  }
}

// ---- reversed ----------------------------------------------------------------------------------
struct ReversedObject : Object {
  Object* seq;  // nullptr once exhausted
  intptr_t index;
};

Object* reversed_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (type == &Reversed_Type && has_kwargs(kwnames))
    raise_type_error("reversed() takes no keyword arguments");
  if (nargs != 1)
    raise_type_error("reversed expected 1 argument, got %zu", nargs);
  Object* seq = args[0];
  static StrObject* rev = intern("__reversed__");
  TypeObject* st = type_of(seq);
  Object* meth = type_lookup(st, rev);
  if (meth == Py_None) raise_type_error("'%s' object is not reversible", st->tp_name);
  if (meth) {
    Object* r = call_special(seq, rev, nullptr, 0);
    if (r) return r;
  }
  if (!st->mp_subscript || type_has(st, TPFLAGS_DICT_SUBCLASS))
    raise_type_error("'%s' object is not reversible", st->tp_name);
  intptr_t n = length(seq);
  auto* r = static_cast<ReversedObject*>(type_alloc(type));
  r->seq = seq;
  r->index = n - 1;
  return r;
}

Object* reversed_next(Object* self) {
  auto* r = static_cast<ReversedObject*>(self);
  if (!r->seq) return nullptr;
  if (r->index >= 0) {
    try {
      Object* v = get_item(r->seq, int_from_intptr(r->index));
      --r->index;
      return v;
    } catch (PyError&) {
      if (!exception_matches(Exc_IndexError) && !exception_matches(Exc_StopIteration)) throw;
      clear_exception();
    }
  }
  r->index = -1;
  r->seq = nullptr;
  return nullptr;
}

Object* reversed_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__length_hint__", kwnames);
  check_nargs("__length_hint__", nargs, 0, 0);
  auto* r = static_cast<ReversedObject*>(self);
  if (!r->seq) return make_small_int(0);
  intptr_t n = length(r->seq);
  return make_small_int(n < r->index + 1 ? 0 : r->index + 1);
}

const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr}};

// ---- callable_iterator ---------------------------------------------------------------------------
struct CallIterObject : Object {
  Object* callable;  // nullptr once exhausted
  Object* sentinel;
};

Object* calliter_next(Object* self) {
  auto* c = static_cast<CallIterObject*>(self);
  if (!c->callable) return nullptr;
  Object* v;
  try {
    v = call0(c->callable);
  } catch (PyError&) {
    if (!exception_matches(Exc_StopIteration)) throw;
    clear_exception();
    c->callable = nullptr;
    c->sentinel = nullptr;
    return nullptr;
  }
  if (rich_compare_bool(v, c->sentinel, CMP_EQ)) {
    c->callable = nullptr;
    c->sentinel = nullptr;
    return nullptr;
  }
  return v;
}


}  // namespace

Object* callable_iter_new(Object* callable, Object* sentinel) {
  auto* c = alloc_object<CallIterObject>(&CallIter_Type);
  c->callable = callable;
  c->sentinel = sentinel;
  return c;
}

void init_iterobject_types() {
  struct Spec {
    TypeObject* t;
    const char* name;
    intptr_t size;
    NewFn tp_new;
    IterNextFn next;
    const char* doc;
  };
  const Spec specs[] = {
      {&Enumerate_Type, "enumerate", sizeof(EnumerateObject), enumerate_new, enumerate_next,
       "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe "
       "enumerate object yields pairs containing a count (from start, which\ndefaults to zero) "
       "and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an "
       "indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."},
      {&Zip_Type, "zip", sizeof(ZipObject), zip_new, zip_next,
       "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> "
       "list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
       "The zip object yields n-length tuples, where n is the number of iterables\npassed as "
       "positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th "
       "iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\n"
       "If strict is true and one of the arguments is exhausted before the others,\nraise a "
       "ValueError."},
      {&Map_Type, "map", sizeof(MapObject), map_new, map_next,
       "map(func, *iterables) --> map object\n\nMake an iterator that computes the function "
       "using arguments from\neach of the iterables.  Stops when the shortest iterable is "
       "exhausted."},
      {&Filter_Type, "filter", sizeof(FilterObject), filter_new, filter_next,
       "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding "
       "those items of iterable for which function(item)\nis true. If function is None, return "
       "the items that are true."},
      {&Reversed_Type, "reversed", sizeof(ReversedObject), reversed_new, reversed_next,
       "Return a reverse iterator over the values of the given sequence."},
  };
  for (const Spec& s : specs) {
    TypeObject* t = s.t;
    t->tp_name = s.name;
    t->tp_basicsize = s.size;
    t->tp_flags = TPFLAGS_BASETYPE;
    t->tp_new = s.tp_new;
    t->tp_iter = self_iter;
    t->tp_iternext = s.next;
    t->tp_doc = s.doc;
  }
  Reversed_Type.tp_methods = reversed_methods;

  TypeObject* c = &CallIter_Type;
  c->tp_name = "callable_iterator";
  c->tp_basicsize = sizeof(CallIterObject);
  c->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  c->tp_iter = self_iter;
  c->tp_iternext = calliter_next;
}

}  // namespace slotpy
