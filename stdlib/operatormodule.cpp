// The _operator module: the functions of the standard operators (add, getitem, ...), and the
// itemgetter, attrgetter and methodcaller callables, with CPython 3.11's names and messages.
// stdlib/lib/operator.py re-exports all of it (plus the __add__-style aliases), as CPython's
// operator.py does with its C accelerator.
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject ItemGetter_Type, AttrGetter_Type, MethodCaller_Type;

namespace {

inline bool has_kwargs(TupleObject* kwnames) { return kwnames && tuple_size(kwnames) > 0; }

// METH_O functions: "_operator.neg() takes exactly one argument (2 given)".
inline void one(const char* name, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("_operator.%s() takes no keyword arguments", name);
  if (nargs != 1)
    raise_type_error("_operator.%s() takes exactly one argument (%zu given)", name, nargs);
}

// Fixed-count positional functions: "add expected 2 arguments, got 1".
inline void fixed(const char* name, size_t nargs, TupleObject* kwnames, size_t n) {
  if (has_kwargs(kwnames)) raise_type_error("_operator.%s() takes no keyword arguments", name);
  if (nargs != n) raise_type_error("%s expected %zu arguments, got %zu", name, n, nargs);
}

#define SLOTPY_OP_UNARY_(name, expr)                                                       \
  Object* op_##name(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {     \
    one(#name, nargs, kwnames);                                                             \
    Object* a = args[0];                                                                    \
    return expr;                                                                            \
  }
#define SLOTPY_OP_BINARY_(name, expr)                                                      \
  Object* op_##name(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {     \
    fixed(#name, nargs, kwnames, 2);                                                        \
    Object* a = args[0];                                                                    \
    Object* b = args[1];                                                                    \
    return expr;                                                                            \
  }

SLOTPY_OP_UNARY_(abs, absolute(a))
SLOTPY_OP_UNARY_(neg, negative(a))
SLOTPY_OP_UNARY_(pos, positive(a))
SLOTPY_OP_UNARY_(inv, invert(a))
SLOTPY_OP_UNARY_(invert, invert(a))
SLOTPY_OP_UNARY_(truth, py_bool(is_true(a)))
SLOTPY_OP_UNARY_(not_, py_bool(!is_true(a)))
SLOTPY_OP_UNARY_(index, int_normalize(number_index(a)))

SLOTPY_OP_BINARY_(add, binary_op(a, b, BINOP_add))
SLOTPY_OP_BINARY_(sub, binary_op(a, b, BINOP_subtract))
SLOTPY_OP_BINARY_(mul, binary_op(a, b, BINOP_multiply))
SLOTPY_OP_BINARY_(matmul, binary_op(a, b, BINOP_matrix_multiply))
SLOTPY_OP_BINARY_(truediv, binary_op(a, b, BINOP_true_divide))
SLOTPY_OP_BINARY_(floordiv, binary_op(a, b, BINOP_floor_divide))
SLOTPY_OP_BINARY_(mod, binary_op(a, b, BINOP_remainder))
SLOTPY_OP_BINARY_(lshift, binary_op(a, b, BINOP_lshift))
SLOTPY_OP_BINARY_(rshift, binary_op(a, b, BINOP_rshift))
SLOTPY_OP_BINARY_(and_, binary_op(a, b, BINOP_and))
SLOTPY_OP_BINARY_(xor, binary_op(a, b, BINOP_xor))
SLOTPY_OP_BINARY_(or_, binary_op(a, b, BINOP_or))
SLOTPY_OP_BINARY_(pow, power(a, b, Py_None))
SLOTPY_OP_BINARY_(iadd, inplace_op(a, b, BINOP_add))
SLOTPY_OP_BINARY_(isub, inplace_op(a, b, BINOP_subtract))
SLOTPY_OP_BINARY_(imul, inplace_op(a, b, BINOP_multiply))
SLOTPY_OP_BINARY_(imatmul, inplace_op(a, b, BINOP_matrix_multiply))
SLOTPY_OP_BINARY_(itruediv, inplace_op(a, b, BINOP_true_divide))
SLOTPY_OP_BINARY_(ifloordiv, inplace_op(a, b, BINOP_floor_divide))
SLOTPY_OP_BINARY_(imod, inplace_op(a, b, BINOP_remainder))
SLOTPY_OP_BINARY_(ilshift, inplace_op(a, b, BINOP_lshift))
SLOTPY_OP_BINARY_(irshift, inplace_op(a, b, BINOP_rshift))
SLOTPY_OP_BINARY_(iand, inplace_op(a, b, BINOP_and))
SLOTPY_OP_BINARY_(ixor, inplace_op(a, b, BINOP_xor))
SLOTPY_OP_BINARY_(ior, inplace_op(a, b, BINOP_or))
SLOTPY_OP_BINARY_(ipow, inplace_power(a, b))
SLOTPY_OP_BINARY_(lt, rich_compare(a, b, CMP_LT))
SLOTPY_OP_BINARY_(le, rich_compare(a, b, CMP_LE))
SLOTPY_OP_BINARY_(eq, rich_compare(a, b, CMP_EQ))
SLOTPY_OP_BINARY_(ne, rich_compare(a, b, CMP_NE))
SLOTPY_OP_BINARY_(gt, rich_compare(a, b, CMP_GT))
SLOTPY_OP_BINARY_(ge, rich_compare(a, b, CMP_GE))
SLOTPY_OP_BINARY_(is_, py_bool(a == b))
SLOTPY_OP_BINARY_(is_not, py_bool(a != b))
SLOTPY_OP_BINARY_(contains, py_bool(contains(a, b)))
SLOTPY_OP_BINARY_(getitem, get_item(a, b))

#undef SLOTPY_OP_UNARY_
#undef SLOTPY_OP_BINARY_

// PySequence_Check: something with __getitem__ that is not a dict.
bool is_sequence(Object* o) { return !is_dict(o) && type_of(o)->mp_subscript; }

// The builtin types with CPython's sq_concat (and sq_inplace_concat) slots.
bool has_sq_concat(Object* o) {
  return is_list(o) || is_tuple(o) || is_str(o) || is_bytes(o) ||
         is_subtype(type_of(o), &ByteArray_Type);
}
bool has_sq_inplace_concat(Object* o) {
  return is_list(o) || is_subtype(type_of(o), &ByteArray_Type);
}

// CPython's binary_op1 for nb_add: the subclass's slot first, NotImplemented when neither works.
Object* add_slots(Object* a, Object* b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  BinaryFn fa = ta->nb_add;
  BinaryFn fb = tb != ta && tb->nb_add != fa ? tb->nb_add : nullptr;
  if (fa) {
    if (fb && is_subtype(tb, ta)) {
      Object* r = fb(a, b);
      if (r != Py_NotImplemented) return r;
      fb = nullptr;
    }
    Object* r = fa(a, b);
    if (r != Py_NotImplemented) return r;
  }
  return fb ? fb(a, b) : Py_NotImplemented;
}

// PySequence_Concat / PySequence_InPlaceConcat.
Object* concat_common(const char* name, Object* const* args, size_t nargs, TupleObject* kwnames,
                      bool inplace) {
  fixed(name, nargs, kwnames, 2);
  Object* a = args[0];
  Object* b = args[1];
  if (inplace && has_sq_inplace_concat(a)) return inplace_op(a, b, BINOP_add);
  if (has_sq_concat(a)) return binary_op(a, b, BINOP_add);
  if (is_sequence(a) && is_sequence(b)) {
    Object* r = Py_NotImplemented;
    if (inplace) {
      if (BinaryFn f = type_of(a)->nb_inplace_add) r = f(a, b);
    }
    if (r == Py_NotImplemented) r = add_slots(a, b);
    if (r != Py_NotImplemented) return r;
  }
  raise_type_error("'%s' object can't be concatenated", type_name(a));
}

Object* op_concat(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return concat_common("concat", args, nargs, kwnames, false);
}

Object* op_iconcat(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return concat_common("iconcat", args, nargs, kwnames, true);
}

Object* op_setitem(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  fixed("setitem", nargs, kwnames, 3);
  set_item(args[0], args[1], args[2]);
  return Py_None;
}

Object* op_delitem(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  fixed("delitem", nargs, kwnames, 2);
  TypeObject* t = type_of(args[0]);
  if (!t->mp_ass_subscript) {
    // PyObject_DelItem: a type with sequence methods and an index key goes through
    // PySequence_DelItem, whose message differs.
    bool seq = type_has(t, TPFLAGS_HEAPTYPE) || t->sq_contains || t->mp_length || t->mp_subscript;
    bool index_key = is_int(args[1]) || type_of(args[1])->nb_index;
    raise_type_error("'%s' object %s support item deletion", t->tp_name,
                     seq && index_key ? "doesn't" : "does not");
  }
  del_item(args[0], args[1]);
  return Py_None;
}

// CPython's _PySequence_IterSearch for countOf / indexOf.
Object* seq_search(Object* seq, Object* item, bool count) {
  TypeObject* t = type_of(seq);
  if (!t->tp_iter && !(t->mp_subscript && !is_dict(seq)))
    raise_type_error("argument of type '%s' is not iterable", t->tp_name);
  Object* it = get_iter(seq);
  intptr_t n = 0;
  while (Object* v = iter_next(it)) {
    if (v == item || eq(v, item)) {
      if (!count) return int_from_intptr(n);
      ++n;
    } else if (!count) {
      ++n;
    }
  }
  if (!count) raise_value_error("sequence.index(x): x not in sequence");
  return int_from_intptr(n);
}

Object* op_countOf(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  fixed("countOf", nargs, kwnames, 2);
  return seq_search(args[0], args[1], true);
}

Object* op_indexOf(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  fixed("indexOf", nargs, kwnames, 2);
  return seq_search(args[0], args[1], false);
}

Object* op_length_hint(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("_operator.length_hint() takes no keyword arguments");
  check_nargs("length_hint", nargs, 1, 2);
  intptr_t deflt = 0;
  if (nargs > 1) {
    if (!is_int(args[1]))
      raise_type_error("'%s' object cannot be interpreted as an integer", type_name(args[1]));
    deflt = int_as_intptr(args[1]);
  }
  Object* o = args[0];
  if (type_of(o)->mp_length) {
    try {
      intptr_t n = length(o);
      if (n < 0) raise_value_error("__len__() should return >= 0");
      return int_from_intptr(n);
    } catch (PyError&) {
      if (!exception_matches(Exc_TypeError)) throw;
      clear_exception();
    }
  }
  static StrObject* name = intern("__length_hint__");
  Object* r;
  try {
    r = call_special(o, name, nullptr, 0);
  } catch (PyError&) {
    if (!exception_matches(Exc_TypeError)) throw;
    clear_exception();
    return int_from_intptr(deflt);
  }
  if (!r || r == Py_NotImplemented) return int_from_intptr(deflt);
  if (!is_int(r)) raise_type_error("__length_hint__ must be an integer, not %s", type_name(r));
  intptr_t n = int_as_intptr(r);
  if (n < 0) raise_value_error("__length_hint__() should return >= 0");
  return int_from_intptr(n);
}

Object* op_call(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1) raise_type_error("call expected at least 1 argument, got 0");
  return call(args[0], args + 1, nargs - 1, kwnames);
}

// ---- itemgetter ------------------------------------------------------------------------------
struct ItemGetterObject : Object {
  TupleObject* items;
  intptr_t index;  // >= 0: the single item is this small int (list/tuple fast path), else -1
};

Object* itemgetter_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("itemgetter() takes no keyword arguments");
  if (nargs < 1) raise_type_error("itemgetter expected 1 argument, got 0");
  auto* g = static_cast<ItemGetterObject*>(type_alloc(type));
  g->items = tuple_from(args, nargs);
  g->index = -1;
  if (nargs == 1 && is_small_int(args[0]) && small_int_value(args[0]) >= 0)
    g->index = small_int_value(args[0]);
  return g;
}

inline Object* item_of(ItemGetterObject* g, Object* obj, Object* key) {
  if (g->index >= 0) {
    if (is_list_exact(obj)) {
      auto* l = static_cast<ListObject*>(obj);
      if (g->index < l->size) return l->items[g->index];
    } else if (is_tuple_exact(obj)) {
      if (g->index < tuple_size(obj)) return tuple_item(obj, g->index);
    }
  }
  return get_item(obj, key);
}

Object* itemgetter_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("itemgetter() takes no keyword arguments");
  if (nargs != 1) raise_type_error("itemgetter expected 1 argument, got %zu", nargs);
  auto* g = static_cast<ItemGetterObject*>(self);
  Object* obj = args[0];
  intptr_t n = tuple_size(g->items);
  if (n == 1) return item_of(g, obj, g->items->items[0]);
  TupleObject* r = tuple_new(n);
  for (intptr_t i = 0; i < n; ++i) r->items[i] = get_item(obj, g->items->items[i]);
  return r;
}

// "operator.itemgetter(1, 'a')": the class name then the repr of the argument tuple.
Object* args_repr(Object* self, const char* qualname, TupleObject* items) {
  if (!repr_enter(self)) return str_format_c("%s(...)", qualname);
  std::string s = qualname;
  s += '(';
  try {
    for (intptr_t i = 0; i < tuple_size(items); ++i) {
      if (i) s += ", ";
      s += repr_cstr(items->items[i]);
    }
  } catch (PyError&) {
    repr_leave(self);
    throw;
  }
  repr_leave(self);
  s += ')';
  return str_from(s);
}

Object* itemgetter_repr(Object* self) {
  return args_repr(self, "operator.itemgetter", static_cast<ItemGetterObject*>(self)->items);
}

Object* reduce_args(Object* self, TupleObject* args) {
  return tuple_pack({type_of(self), args});
}

Object* itemgetter_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__reduce__", kwnames);
  check_nargs("__reduce__", nargs, 0, 0);
  return reduce_args(self, static_cast<ItemGetterObject*>(self)->items);
}

const MethodDef itemgetter_methods[] = {
    {"__reduce__", itemgetter_reduce, METH_DEFAULT, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr}};

// ---- attrgetter ------------------------------------------------------------------------------
struct AttrGetterObject : Object {
  TupleObject* names;  // original strings (for repr)
  TupleObject* paths;  // per name: an interned str, or a tuple of interned strs when dotted
};

Object* attrgetter_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("attrgetter() takes no keyword arguments");
  if (nargs < 1) raise_type_error("attrgetter expected 1 argument, got 0");
  TupleObject* paths = tuple_new(static_cast<intptr_t>(nargs));
  for (size_t i = 0; i < nargs; ++i) {
    Object* a = args[i];
    if (!is_str(a)) raise_type_error("attribute name must be a string");
    auto* s = static_cast<StrObject*>(a);
    intptr_t dots = 0;
    for (intptr_t k = 0; k < s->length; ++k)
      if (str_char(s, k) == '.') ++dots;
    if (!dots) {
      paths->items[i] = intern_str(str_exact(s));
      continue;
    }
    TupleObject* parts = tuple_new(dots + 1);
    intptr_t start = 0, j = 0;
    for (intptr_t k = 0; k <= s->length; ++k) {
      if (k == s->length || str_char(s, k) == '.') {
        parts->items[j++] = intern_str(str_substring(s, start, k));
        start = k + 1;
      }
    }
    paths->items[i] = parts;
  }
  auto* g = static_cast<AttrGetterObject*>(type_alloc(type));
  g->names = tuple_from(args, nargs);
  g->paths = paths;
  return g;
}

Object* dotted_attr(Object* obj, Object* path) {
  if (is_str(path)) return get_attr(obj, static_cast<StrObject*>(path));
  for (intptr_t i = 0; i < tuple_size(path); ++i)
    obj = get_attr(obj, static_cast<StrObject*>(tuple_item(path, i)));
  return obj;
}

Object* attrgetter_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("attrgetter() takes no keyword arguments");
  if (nargs != 1) raise_type_error("attrgetter expected 1 argument, got %zu", nargs);
  auto* g = static_cast<AttrGetterObject*>(self);
  intptr_t n = tuple_size(g->paths);
  if (n == 1) return dotted_attr(args[0], g->paths->items[0]);
  TupleObject* r = tuple_new(n);
  for (intptr_t i = 0; i < n; ++i) r->items[i] = dotted_attr(args[0], g->paths->items[i]);
  return r;
}

Object* attrgetter_repr(Object* self) {
  return args_repr(self, "operator.attrgetter", static_cast<AttrGetterObject*>(self)->names);
}

Object* attrgetter_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__reduce__", kwnames);
  check_nargs("__reduce__", nargs, 0, 0);
  return reduce_args(self, static_cast<AttrGetterObject*>(self)->names);
}

const MethodDef attrgetter_methods[] = {
    {"__reduce__", attrgetter_reduce, METH_DEFAULT, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr}};

// ---- methodcaller ----------------------------------------------------------------------------
struct MethodCallerObject : Object {
  StrObject* name;
  TupleObject* args;     // positional values then keyword values (vectorcall layout)
  intptr_t npos;
  TupleObject* kwnames;  // nullptr when there are no keywords
  DictObject* kwargs;
};

Object* methodcaller_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1) raise_type_error("methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) raise_type_error("method name must be a string");
  auto* m = static_cast<MethodCallerObject*>(type_alloc(type));
  m->name = intern_str(str_exact(static_cast<StrObject*>(args[0])));
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  m->npos = static_cast<intptr_t>(nargs) - 1;
  m->args = tuple_from(args + 1, nargs - 1 + static_cast<size_t>(nkw));
  m->kwnames = nkw ? kwnames : nullptr;
  m->kwargs = dict_new();
  for (intptr_t k = 0; k < nkw; ++k) dict_set(m->kwargs, tuple_item(kwnames, k), args[nargs + k]);
  return m;
}

Object* methodcaller_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (has_kwargs(kwnames)) raise_type_error("methodcaller() takes no keyword arguments");
  if (nargs != 1) raise_type_error("methodcaller expected 1 argument, got %zu", nargs);
  auto* m = static_cast<MethodCallerObject*>(self);
  Object* f = get_attr(args[0], m->name);
  return call(f, m->args->items, static_cast<size_t>(m->npos), m->kwnames);
}

Object* methodcaller_repr(Object* self) {
  auto* m = static_cast<MethodCallerObject*>(self);
  if (!repr_enter(self)) return str_from_cstr("operator.methodcaller(...)");
  std::string s = "operator.methodcaller(";
  try {
    s += repr_cstr(m->name);
    for (intptr_t i = 0; i < m->npos; ++i) {
      s += ", ";
      s += repr_cstr(m->args->items[i]);
    }
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(m->kwargs, &pos, &k, &v)) {
      s += ", ";
      s += str_utf8(static_cast<StrObject*>(k));
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


const MethodDef operator_functions[] = {
#define F_(name, doc) {#name, op_##name, METH_DEFAULT, doc},
    F_(abs, "Same as abs(a).")
    F_(add, "Same as a + b.")
    F_(and_, "Same as a & b.")
    F_(call, "Same as obj(*args, **kwargs).")
    F_(concat, "Same as a + b, for a and b sequences.")
    F_(contains, "Same as b in a (note reversed operands).")
    F_(countOf, "Return the number of items in a which are, or which equal, b.")
    F_(delitem, "Same as del a[b].")
    F_(eq, "Same as a == b.")
    F_(floordiv, "Same as a // b.")
    F_(ge, "Same as a >= b.")
    F_(getitem, "Same as a[b].")
    F_(gt, "Same as a > b.")
    F_(iadd, "Same as a += b.")
    F_(iand, "Same as a &= b.")
    F_(iconcat, "Same as a += b, for a and b sequences.")
    F_(ifloordiv, "Same as a //= b.")
    F_(ilshift, "Same as a <<= b.")
    F_(imatmul, "Same as a @= b.")
    F_(imod, "Same as a %= b.")
    F_(imul, "Same as a *= b.")
    F_(index, "Same as a.__index__()")
    F_(indexOf, "Return the first index of b in a.")
    F_(inv, "Same as ~a.")
    F_(invert, "Same as ~a.")
    F_(ior, "Same as a |= b.")
    F_(ipow, "Same as a **= b.")
    F_(irshift, "Same as a >>= b.")
    F_(is_, "Same as a is b.")
    F_(is_not, "Same as a is not b.")
    F_(isub, "Same as a -= b.")
    F_(itruediv, "Same as a /= b.")
    F_(ixor, "Same as a ^= b.")
    F_(le, "Same as a <= b.")
    F_(length_hint, "Return an estimate of the number of items in obj.")
    F_(lshift, "Same as a << b.")
    F_(lt, "Same as a < b.")
    F_(matmul, "Same as a @ b.")
    F_(mod, "Same as a % b.")
    F_(mul, "Same as a * b.")
    F_(ne, "Same as a != b.")
    F_(neg, "Same as -a.")
    F_(not_, "Same as not a.")
    F_(or_, "Same as a | b.")
    F_(pos, "Same as +a.")
    F_(pow, "Same as a ** b.")
    F_(rshift, "Same as a >> b.")
    F_(setitem, "Same as a[b] = c.")
    F_(sub, "Same as a - b.")
    F_(truediv, "Same as a / b.")
    F_(truth, "Return True if a is true, False otherwise.")
    F_(xor, "Same as a ^ b.")
#undef F_
    {nullptr, nullptr, 0, nullptr}};

void init_types() {
  TypeObject* t = &ItemGetter_Type;
  t->tp_name = "operator.itemgetter";
  t->tp_basicsize = sizeof(ItemGetterObject);
  t->tp_new = itemgetter_new;
  t->tp_call = itemgetter_call;
  t->tp_repr = itemgetter_repr;
  t->tp_methods = itemgetter_methods;
  t->tp_doc =
      "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the "
      "given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\n"
      "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])";

  t = &AttrGetter_Type;
  t->tp_name = "operator.attrgetter";
  t->tp_basicsize = sizeof(AttrGetterObject);
  t->tp_new = attrgetter_new;
  t->tp_call = attrgetter_call;
  t->tp_repr = attrgetter_repr;
  t->tp_methods = attrgetter_methods;
  t->tp_doc =
      "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the "
      "given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns "
      "r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
      "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
      "(r.name.first, r.name.last).";

  t = &MethodCaller_Type;
  t->tp_name = "operator.methodcaller";
  t->tp_basicsize = sizeof(MethodCallerObject);
  t->tp_new = methodcaller_new;
  t->tp_call = methodcaller_call;
  t->tp_repr = methodcaller_repr;
  t->tp_doc =
      "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the "
      "given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns "
      "r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
      "r.name('date', foo=1).";
}

}  // namespace

Object* create_module__operator() {
  if (!type_has(&ItemGetter_Type, TPFLAGS_READY)) {
    init_types();
    type_ready(&ItemGetter_Type);
    type_ready(&AttrGetter_Type);
    type_ready(&MethodCaller_Type);
  }
  ModuleObject* m = module_new("_operator");
  module_add(m, "__doc__",
             str_from_cstr("Operator interface.\n\nThis module exports a set of functions "
                           "implemented in C corresponding\nto the intrinsic operators of Python.  "
                           "For example, operator.add(x, y)\nis equivalent to the expression x+y.  "
                           "The function names are those\nused for special methods; variants "
                           "without leading and trailing\n'__' are also provided for convenience."));
  module_add_functions(m, operator_functions);
  module_add(m, "itemgetter", &ItemGetter_Type);
  module_add(m, "attrgetter", &AttrGetter_Type);
  module_add(m, "methodcaller", &MethodCaller_Type);
  return m;
}

}  // namespace slotpy
