// The _functools module, as CPython 3.11's Modules/_functoolsmodule.c: reduce, partial (the
// functools.partial type: flattening of nested partials, __dict__, repr, __reduce__ and
// __setstate__) and cmp_to_key (functools.KeyWrapper). The rest of functools is Python
// (stdlib/lib/functools.py), which imports these.
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/funcobject.h"
#include "runtime/genericalias.h"
#include "runtime/intobject.h"
#include "runtime/iterobjects.h"
#include "runtime/moduleobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Partial_Type, KeyWrapper_Type, LruCacheWrapper_Type, LruListElem_Type;

namespace {

inline bool has_kwargs(TupleObject* kwnames) { return kwnames && tuple_size(kwnames) > 0; }

void no_args_check(const char* name, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs(name, kwnames);
  check_nargs(name, nargs, 0, 0);
}

// ---- reduce ------------------------------------------------------------------------------------
Object* functools_reduce(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("reduce() takes no keyword arguments");
  check_nargs("reduce", nargs, 2, 3);
  Object* func = args[0];
  Object* result = nargs > 2 ? args[2] : nullptr;
  Object* it;
  try {
    it = get_iter(args[1]);
  } catch (PyError&) {
    if (!exception_matches(Exc_TypeError)) throw;
    clear_exception();
    raise_type_error("reduce() arg 2 must support iteration");
  }
  IterNextFn next = type_of(it)->tp_iternext;
  while (Object* v = next(it)) result = result ? call2(func, result, v) : v;
  if (!result) raise_type_error("reduce() of empty iterable with no initial value");
  return result;
}

// ---- partial -----------------------------------------------------------------------------------
struct PartialObject : Object {
  Object* fn;
  TupleObject* args;
  DictObject* kw;
  DictObject* dict;  // created on first use (a partial with a dict is not flattened)
  Object* weaklist;
};

PartialObject* P(Object* o) { return static_cast<PartialObject*>(o); }

Object* partial_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1) raise_type_error("type 'partial' takes at least one argument");
  Object* func = args[0];
  TupleObject* pargs = nullptr;
  DictObject* pkw = nullptr;
  if (type_of(func)->tp_new == partial_new && !P(func)->dict) {
    pargs = P(func)->args;
    pkw = P(func)->kw;
    func = P(func)->fn;
  }
  if (!type_of(func)->tp_call) raise_type_error("the first argument must be callable");
  auto* p = static_cast<PartialObject*>(type_alloc(type));
  p->fn = func;
  intptr_t pn = pargs ? tuple_size(pargs) : 0;
  TupleObject* all = tuple_new(pn + static_cast<intptr_t>(nargs) - 1);
  for (intptr_t i = 0; i < pn; ++i) all->items[i] = pargs->items[i];
  for (size_t i = 1; i < nargs; ++i) all->items[pn + static_cast<intptr_t>(i) - 1] = args[i];
  p->args = all;
  p->kw = pkw ? dict_copy(pkw) : dict_new();
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  for (intptr_t k = 0; k < nkw; ++k) dict_set(p->kw, tuple_item(kwnames, k), args[nargs + k]);
  return p;
}

Object* partial_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  PartialObject* p = P(self);
  intptr_t pn = tuple_size(p->args);
  intptr_t ncall_kw = kwnames ? tuple_size(kwnames) : 0;
  if (p->kw->used == 0) {
    size_t total = static_cast<size_t>(pn) + nargs + static_cast<size_t>(ncall_kw);
    Object* buf[16];
    Object** all = total <= 16 ? buf : static_cast<Object**>(gc_alloc(sizeof(Object*) * total));
    for (intptr_t i = 0; i < pn; ++i) all[i] = p->args->items[i];
    for (size_t i = 0; i < nargs + static_cast<size_t>(ncall_kw); ++i) all[pn + i] = args[i];
    return call(p->fn, all, static_cast<size_t>(pn) + nargs, kwnames);
  }
  DictObject* kw = dict_copy(p->kw);
  for (intptr_t k = 0; k < ncall_kw; ++k) dict_set(kw, tuple_item(kwnames, k), args[nargs + k]);
  intptr_t nkw = kw->used;
  size_t total = static_cast<size_t>(pn) + nargs + static_cast<size_t>(nkw);
  auto** all = static_cast<Object**>(gc_alloc(sizeof(Object*) * total));
  for (intptr_t i = 0; i < pn; ++i) all[i] = p->args->items[i];
  for (size_t i = 0; i < nargs; ++i) all[pn + i] = args[i];
  TupleObject* names = tuple_new(nkw);
  intptr_t pos = 0, j = 0;
  Object *key, *value;
  size_t base = static_cast<size_t>(pn) + nargs;
  while (dict_next(kw, &pos, &key, &value)) {
    if (!is_str(key)) raise_type_error("keywords must be strings");
    names->items[j] = key;
    all[base + j] = value;
    ++j;
  }
  return call(p->fn, all, base, names);
}

Object* partial_repr(Object* self) {
  PartialObject* p = P(self);
  if (!repr_enter(self)) return str_from_cstr("...");
  std::string s;
  try {
    s = type_of(self)->tp_name;
    s += '(';
    s += repr_cstr(p->fn);
    for (intptr_t i = 0; i < tuple_size(p->args); ++i) {
      s += ", ";
      s += repr_cstr(p->args->items[i]);
    }
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(p->kw, &pos, &k, &v)) {
      s += ", ";
      s += str_utf8(static_cast<StrObject*>(str(k)));
      s += '=';
      s += repr_cstr(v);
    }
  } catch (PyError&) {
    repr_leave(self);
    throw;
  }
  repr_leave(self);
  s += ')';
  return str_from(s);
}

Object* partial_get_dict(Object* self) {
  if (!P(self)->dict) P(self)->dict = dict_new();
  return P(self)->dict;
}

void partial_set_dict(Object* self, Object* value) {
  if (!value) raise_type_error("cannot delete __dict__");
  if (!is_dict(value))
    raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(value));
  P(self)->dict = static_cast<DictObject*>(value);
}

const GetSetDef partial_getset[] = {
    {"__dict__", partial_get_dict, partial_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MemberDef partial_members[] = {
    {"func", MEMBER_OBJECT, offsetof(PartialObject, fn), true,
     "function object to use in future partial calls"},
    {"args", MEMBER_OBJECT, offsetof(PartialObject, args), true,
     "tuple of arguments to future partial calls"},
    {"keywords", MEMBER_OBJECT, offsetof(PartialObject, kw), true,
     "dictionary of keyword arguments to future partial calls"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

Object* partial_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__reduce__", kwnames);
  check_nargs("__reduce__", nargs, 0, 0);
  PartialObject* p = P(self);
  Object* d = p->dict && p->dict->used ? static_cast<Object*>(p->dict) : Py_None;
  return tuple_pack({type_of(self), tuple_pack({p->fn}),
                     tuple_pack({p->fn, p->args, p->kw, d})});
}

Object* partial_setstate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__setstate__", kwnames);
  check_nargs("__setstate__", nargs, 1, 1);
  Object* state = args[0];
  if (!is_tuple(state) || tuple_size(state) != 4) raise_type_error("invalid partial state");
  Object* fn = tuple_item(state, 0);
  Object* fnargs = tuple_item(state, 1);
  Object* kw = tuple_item(state, 2);
  Object* dict = tuple_item(state, 3);
  if (!type_of(fn)->tp_call || !is_tuple(fnargs) || (kw != Py_None && !is_dict(kw)))
    raise_type_error("invalid partial state");
  PartialObject* p = P(self);
  p->fn = fn;
  p->args = is_tuple_exact(fnargs) ? static_cast<TupleObject*>(fnargs) : tuple_from_iterable(fnargs);
  if (kw == Py_None)
    p->kw = dict_new();
  else if (!is_dict_exact(kw))
    p->kw = dict_copy(static_cast<DictObject*>(kw));
  else
    p->kw = static_cast<DictObject*>(kw);
  p->dict = dict == Py_None ? nullptr : static_cast<DictObject*>(dict);
  return Py_None;
}

const MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, METH_DEFAULT, nullptr},
    {"__setstate__", partial_setstate, METH_DEFAULT, nullptr},
    SLOTPY_CLASS_GETITEM_METHOD,
    {nullptr, nullptr, 0, nullptr}};

// ---- cmp_to_key --------------------------------------------------------------------------------
struct KeyObject : Object {
  Object* cmp;
  Object* object;  // nullptr in the wrapper cmp_to_key returns
};

Object* keyobject_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"obj"};
  Object* v[1];
  // PyArg_ParseTupleAndKeywords reports a missing `obj` before an unknown keyword.
  if (nargs == 0 && kwnames && tuple_size(kwnames) == 1 &&
      !str_eq_cstr(static_cast<StrObject*>(tuple_item(kwnames, 0)), "obj"))
    raise_type_error("K() missing required argument 'obj' (pos 1)");
  parse_args_old("K", args, nargs, kwnames, names, 1, 1, 1, v);
  auto* k = static_cast<KeyObject*>(type_alloc(&KeyWrapper_Type));
  k->cmp = static_cast<KeyObject*>(self)->cmp;
  k->object = v[0];
  return k;
}

Object* keyobject_richcompare(Object* a, Object* b, int op) {
  if (type_of(b) != &KeyWrapper_Type) raise_type_error("other argument must be K instance");
  auto* ka = static_cast<KeyObject*>(a);
  auto* kb = static_cast<KeyObject*>(b);
  Object* x = ka->object ? ka->object : Py_None;
  Object* y = kb->object ? kb->object : Py_None;
  Object* res = call2(ka->cmp, x, y);
  return rich_compare(res, make_small_int(0), op);
}

// "<functools.KeyWrapper object at 0x...>" (object's repr would repeat the module).
Object* keyobject_repr(Object* self) {
  return str_format_c("<functools.KeyWrapper object at %p>", static_cast<void*>(self));
}

const MemberDef keyobject_members[] = {
    {"obj", MEMBER_OBJECT, offsetof(KeyObject, object), false, "Value wrapped by a key function."},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

Object* functools_cmp_to_key(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"mycmp"};
  Object* v[1];
  parse_args("cmp_to_key", args, nargs, kwnames, names, 1, 1, 0, 1, v);
  auto* k = static_cast<KeyObject*>(type_alloc(&KeyWrapper_Type));
  k->cmp = v[0];
  return k;
}


// ---- _lru_cache_wrapper ------------------------------------------------------------------------
// The cache maps a key to a link of a circular doubly linked list whose order is the order of use
// (root->next is the least recently used); the unbounded cache maps keys straight to results.
struct LruLink : Object {
  LruLink* prev;
  LruLink* next;
  Object* key;
  intptr_t hash;
  Object* result;
};

struct LruCacheObject : Object {
  Object* func;
  intptr_t maxsize;  // -1: unbounded, 0: no caching
  bool typed;
  DictObject* cache;
  LruLink* root;
  Object* cache_info_type;
  intptr_t hits, misses;
  DictObject* dict;
  Object* weaklist;
};

Object* g_kwd_mark;  // separates positional and keyword arguments in keys

LruCacheObject* L(Object* o) { return static_cast<LruCacheObject*>(o); }

Object* lru_make_key(Object* const* args, size_t nargs, TupleObject* kwnames, bool typed) {
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  if (!typed && nkw == 0) {
    if (nargs == 1 && (is_str_exact(args[0]) || is_int_exact(args[0]))) return args[0];
    return tuple_from(args, nargs);
  }
  intptr_t n = static_cast<intptr_t>(nargs) + (nkw ? 1 + 2 * nkw : 0);
  if (typed) n += static_cast<intptr_t>(nargs) + nkw;
  TupleObject* key = tuple_new(n);
  intptr_t j = 0;
  for (size_t i = 0; i < nargs; ++i) key->items[j++] = args[i];
  if (nkw) {
    key->items[j++] = g_kwd_mark;
    for (intptr_t k = 0; k < nkw; ++k) {
      key->items[j++] = tuple_item(kwnames, k);
      key->items[j++] = args[nargs + k];
    }
  }
  if (typed) {
    for (size_t i = 0; i < nargs; ++i) key->items[j++] = type_of(args[i]);
    for (intptr_t k = 0; k < nkw; ++k) key->items[j++] = type_of(args[nargs + k]);
  }
  return key;
}

void lru_extract(LruLink* link) {
  link->prev->next = link->next;
  link->next->prev = link->prev;
}

void lru_append(LruCacheObject* c, LruLink* link) {
  LruLink* root = c->root;
  LruLink* last = root->prev;
  last->next = root->prev = link;
  link->prev = last;
  link->next = root;
}

Object* lru_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  LruCacheObject* c = L(self);
  if (c->maxsize == 0) {
    ++c->misses;
    return call(c->func, args, nargs, kwnames);
  }
  Object* key = lru_make_key(args, nargs, kwnames, c->typed);
  intptr_t h = hash(key);
  if (c->maxsize < 0) {
    if (Object* r = dict_get_hashed(c->cache, key, h)) {
      ++c->hits;
      return r;
    }
    ++c->misses;
    Object* r = call(c->func, args, nargs, kwnames);
    dict_set_hashed(c->cache, key, h, r);
    return r;
  }
  if (Object* found = dict_get_hashed(c->cache, key, h)) {
    auto* link = static_cast<LruLink*>(found);
    lru_extract(link);
    lru_append(c, link);
    ++c->hits;
    return link->result;
  }
  ++c->misses;
  Object* result = call(c->func, args, nargs, kwnames);
  // The call may have stored this key itself (recursion): its link is already up to date.
  if (dict_get_hashed(c->cache, key, h)) return result;
  LruLink* root = c->root;
  if (c->cache->used < c->maxsize || root->next == root) {
    auto* link = static_cast<LruLink*>(type_alloc(&LruListElem_Type));
    link->key = key;
    link->hash = h;
    link->result = result;
    dict_set_hashed(c->cache, key, h, link);
    lru_append(c, link);
    return result;
  }
  // Full: the least recently used link is reused for the new key.
  LruLink* link = root->next;
  lru_extract(link);
  if (!dict_del(c->cache, link->key)) return result;  // removed meanwhile: leave it orphaned
  link->key = key;
  link->hash = h;
  link->result = result;
  dict_set_hashed(c->cache, key, h, link);
  lru_append(c, link);
  return result;
}

Object* lru_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"user_function", "maxsize", "typed", "cache_info_type"};
  Object* v[4];
  parse_args_old("lru_cache", args, nargs, kwnames, names, 4, 4, 4, v);
  if (!type_of(v[0])->tp_call) raise_type_error("the first argument must be callable");
  intptr_t maxsize;
  if (v[1] == Py_None) {
    maxsize = -1;
  } else if (is_int(v[1]) || type_of(v[1])->nb_index) {
    Object* i = number_index(v[1]);
    if (!int_to_intptr(i, &maxsize))
      raise_overflow_error("cannot fit '%s' into an index-sized integer", type_name(v[1]));
    if (maxsize < 0) maxsize = 0;
  } else {
    raise_type_error("maxsize should be integer or None");
  }
  bool typed = is_true(v[2]);
  auto* c = static_cast<LruCacheObject*>(type_alloc(type));
  c->func = v[0];
  c->maxsize = maxsize;
  c->typed = typed;
  c->cache = dict_new();
  c->root = static_cast<LruLink*>(type_alloc(&LruListElem_Type));
  c->root->prev = c->root->next = c->root;
  c->cache_info_type = v[3];
  return c;
}

Object* lru_descr_get(Object* self, Object* obj, Object*) {
  if (!obj || obj == Py_None) return self;
  return method_new(self, obj);
}

Object* lru_repr(Object* self) {
  if (type_of(self) != &LruCacheWrapper_Type) return Object_Type.tp_repr(self);
  return str_format_c("<functools._lru_cache_wrapper object at %p>", static_cast<void*>(self));
}

Object* lru_cache_info(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args_check("cache_info", nargs, kwnames);
  LruCacheObject* c = L(self);
  Object* a[4] = {int_from_intptr(c->hits), int_from_intptr(c->misses),
                  c->maxsize < 0 ? Py_None : int_from_intptr(c->maxsize),
                  int_from_intptr(c->cache->used)};
  return call(c->cache_info_type, a, 4);
}

Object* lru_cache_clear(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args_check("cache_clear", nargs, kwnames);
  LruCacheObject* c = L(self);
  c->hits = c->misses = 0;
  c->root->prev = c->root->next = c->root;
  dict_clear(c->cache);
  return Py_None;
}

Object* lru_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args_check("__reduce__", nargs, kwnames);
  return get_attr_cstr(self, "__qualname__");
}

Object* lru_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args_check("__copy__", nargs, kwnames);
  return self;
}

Object* lru_deepcopy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__deepcopy__", kwnames);
  check_nargs("__deepcopy__", nargs, 1, 1);
  return self;
}

const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, METH_DEFAULT, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, METH_DEFAULT, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, METH_DEFAULT, nullptr},
    {"__copy__", lru_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", lru_deepcopy, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

Object* lru_get_dict(Object* self) {
  if (!L(self)->dict) L(self)->dict = dict_new();
  return L(self)->dict;
}

void lru_set_dict(Object* self, Object* value) {
  if (!value) raise_type_error("cannot delete __dict__");
  if (!is_dict(value))
    raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(value));
  L(self)->dict = static_cast<DictObject*>(value);
}

const GetSetDef lru_getset[] = {
    {"__dict__", lru_get_dict, lru_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MethodDef functools_functions[] = {
    {"reduce", functools_reduce, METH_DEFAULT,
     "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments "
     "cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce "
     "the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) "
     "calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof "
     "the iterable in the calculation, and serves as a default when the\niterable is empty."},
    {"cmp_to_key", functools_cmp_to_key, METH_DEFAULT,
     "Convert a cmp= function into a key= function."},
    {nullptr, nullptr, 0, nullptr}};

void init_types() {
  TypeObject* t = &Partial_Type;
  t->tp_name = "functools.partial";
  t->tp_basicsize = sizeof(PartialObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_dictoffset = offsetof(PartialObject, dict);
  t->tp_weaklistoffset = offsetof(PartialObject, weaklist);
  t->tp_new = partial_new;
  t->tp_call = partial_call;
  t->tp_repr = partial_repr;
  t->tp_methods = partial_methods;
  t->tp_members = partial_members;
  t->tp_getset = partial_getset;
  t->tp_doc =
      "partial(func, *args, **keywords) - new function with partial application\n"
      "    of the given arguments and keywords.\n";

  t = &KeyWrapper_Type;
  t->tp_name = "functools.KeyWrapper";
  t->tp_basicsize = sizeof(KeyObject);
  t->tp_call = keyobject_call;
  t->tp_richcompare = keyobject_richcompare;
  t->tp_hash = g_hash_not_implemented;
  t->tp_members = keyobject_members;
  t->tp_repr = keyobject_repr;

  t = &LruCacheWrapper_Type;
  t->tp_name = "functools._lru_cache_wrapper";
  t->tp_basicsize = sizeof(LruCacheObject);
  t->tp_dictoffset = offsetof(LruCacheObject, dict);
  t->tp_weaklistoffset = offsetof(LruCacheObject, weaklist);
  t->tp_new = lru_new;
  t->tp_call = lru_call;
  t->tp_descr_get = lru_descr_get;
  t->tp_repr = lru_repr;
  t->tp_methods = lru_methods;
  t->tp_getset = lru_getset;
  t->tp_doc =
      "Create a cached callable that wraps another function.\n\nuser_function:      the "
      "function being cached\n\nmaxsize:  0         for no caching\n          None      for "
      "unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     "
      "cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as "
      "distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n"
      "                        hits misses currsize maxsize\n";

  t = &LruListElem_Type;
  t->tp_name = "functools._lru_list_elem";
  t->tp_basicsize = sizeof(LruLink);
}

}  // namespace

Object* create_module__functools() {
  if (!type_has(&Partial_Type, TPFLAGS_READY)) {
    init_types();
    type_ready(&Partial_Type);
    type_ready(&KeyWrapper_Type);
    type_ready(&LruCacheWrapper_Type);
    type_ready(&LruListElem_Type);
    g_kwd_mark = type_alloc(&Object_Type);
  }
  ModuleObject* m = module_new("_functools");
  module_add(m, "__doc__", str_from_cstr("Tools that operate on functions."));
  module_add_functions(m, functools_functions);
  module_add(m, "partial", &Partial_Type);
  module_add(m, "KeyWrapper", &KeyWrapper_Type);
  module_add(m, "_lru_cache_wrapper", &LruCacheWrapper_Type);
  return m;
}

}  // namespace slotpy
