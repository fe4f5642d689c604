// Descriptors for the attributes of builtin types: method descriptors (`list.append`), class
// method descriptors (`dict.fromkeys`), getset descriptors, member descriptors, slot wrappers
// (`int.__add__`) and the builtin-function objects they bind to.
#pragma once

#include "runtime/object.h"

namespace slotpy {

struct BuiltinFunctionObject : Object {
  const MethodDef* def;
  Object* self;    // bound object (nullptr for plain functions)
  Object* module;
  Object* weaklist;  // weak references to it (len and friends may be weakly referenced)
};

struct MethodDescrObject : Object {
  const MethodDef* def;
  TypeObject* objclass;
};

struct GetSetDescrObject : Object {
  const GetSetDef* def;
  TypeObject* objclass;
};

struct MemberDescrObject : Object {
  const MemberDef* def;
  TypeObject* objclass;
  StrObject* name;
};

struct SlotDef;
struct SlotWrapperObject : Object {   // wrapper_descriptor
  const SlotDef* slot;
  TypeObject* objclass;
  void* fn;  // the slot function of objclass that this wraps
};
struct MethodWrapperObject : Object {  // method-wrapper (a bound slot wrapper)
  SlotWrapperObject* descr;
  Object* self;
};

extern TypeObject WrapperDescr_Type, MethodWrapper_Type;

Object* new_method_descr(TypeObject* owner, const MethodDef* def);
Object* new_getset_descr(TypeObject* owner, const GetSetDef* def);
Object* new_member_descr(TypeObject* owner, const MemberDef* def);
Object* new_slot_wrapper(TypeObject* owner, const SlotDef* slot, void* fn);

// Reads/writes a member of an object (member descriptors and slots use these).
Object* member_get(Object* obj, const MemberDef* def);
void member_set(Object* obj, const MemberDef* def, Object* value);

void init_descr_types();

}  // namespace slotpy
