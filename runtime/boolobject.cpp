// bool: the subclass of int with exactly two instances, True and False.
//
// Both are IntObjects of type bool in static storage (False: no limbs, True: one limb of 1), so
// every int operation works on them unchanged; only repr and & | ^ between two bools differ.
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/strobject.h"

namespace slotpy {

TypeObject Bool_Type;

namespace {

alignas(IntObject) unsigned char false_storage[sizeof(IntObject)];
alignas(IntObject) unsigned char true_storage[sizeof(IntObject) + sizeof(mp_limb_t)];

Object* bool_repr(Object* o) { return intern(o == Py_True ? "True" : "False"); }

Object* bool_new(TypeObject*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("bool", kwnames);
  check_nargs("bool", nargs, 0, 1);
  return py_bool(nargs == 1 && is_true(args[0]));
}

Object* bool_and(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return py_bool(a == Py_True && b == Py_True);
  return Int_Type.nb_and(a, b);
}

Object* bool_or(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return py_bool(a == Py_True || b == Py_True);
  return Int_Type.nb_or(a, b);
}

Object* bool_xor(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return py_bool(a != b);
  return Int_Type.nb_xor(a, b);
}

int bool_bool(Object* o) { return o == Py_True; }

}  // namespace

Object* Py_True = reinterpret_cast<Object*>(true_storage);
Object* Py_False = reinterpret_cast<Object*>(false_storage);

void init_bool_type() {
  auto* f = reinterpret_cast<IntObject*>(false_storage);
  f->ob_type = &Bool_Type;
  f->ob_size = 0;
  auto* tr = reinterpret_cast<IntObject*>(true_storage);
  tr->ob_type = &Bool_Type;
  tr->ob_size = 1;
  tr->limbs[0] = 1;

  TypeObject* t = &Bool_Type;
  t->tp_name = "bool";
  t->tp_base = &Int_Type;
  t->tp_basicsize = sizeof(IntObject);
  t->tp_itemsize = sizeof(mp_limb_t);
  t->tp_flags = TPFLAGS_INT_SUBCLASS | TPFLAGS_IMMUTABLETYPE;
  t->tp_doc =
      "bool(x) -> bool\n\n"
      "Returns True when the argument x is true, False otherwise.\n"
      "The builtins True and False are the only two instances of the class bool.\n"
      "The class bool is a subclass of the class int, and cannot be subclassed.";
  t->tp_repr = bool_repr;
  t->tp_new = bool_new;
  t->nb_and = bool_and;
  t->nb_or = bool_or;
  t->nb_xor = bool_xor;
  t->nb_bool = bool_bool;
}

}  // namespace slotpy
