// None, NotImplemented and Ellipsis.
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {

TypeObject NoneType_Type, NotImplementedType_Type, Ellipsis_Type;
Object None_Object{&NoneType_Type};
Object NotImplemented_Object{&NotImplementedType_Type};
Object Ellipsis_Object{&Ellipsis_Type};

namespace {
Object* none_repr(Object*) {
  static StrObject* s = intern("None");
  return s;
}
int none_bool(Object*) { return 0; }
Object* none_new(TypeObject*, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames))) raise_type_error("NoneType takes no arguments");
  return Py_None;
}
Object* notimpl_repr(Object*) {
  static StrObject* s = intern("NotImplemented");
  return s;
}
Object* notimpl_new(TypeObject*, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames)))
    raise_type_error("NotImplementedType takes no arguments");
  return Py_NotImplemented;
}
Object* ellipsis_repr(Object*) {
  static StrObject* s = intern("Ellipsis");
  return s;
}
Object* ellipsis_new(TypeObject*, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames))) raise_type_error("ellipsis takes no arguments");
  return Py_Ellipsis;
}
}  // namespace

void init_singleton_types() {
  NoneType_Type.tp_name = "NoneType";
  NoneType_Type.tp_basicsize = sizeof(Object);
  NoneType_Type.tp_repr = none_repr;
  NoneType_Type.tp_new = none_new;
  NoneType_Type.nb_bool = none_bool;
  NotImplementedType_Type.tp_name = "NotImplementedType";
  NotImplementedType_Type.tp_basicsize = sizeof(Object);
  NotImplementedType_Type.tp_repr = notimpl_repr;
  NotImplementedType_Type.tp_new = notimpl_new;
  Ellipsis_Type.tp_name = "ellipsis";
  Ellipsis_Type.tp_basicsize = sizeof(Object);
  Ellipsis_Type.tp_repr = ellipsis_repr;
  Ellipsis_Type.tp_new = ellipsis_new;
}

}  // namespace slotpy
