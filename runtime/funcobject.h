// Functions, bound methods, cells, classmethod/staticmethod/property, generators.
#pragma once

#include "runtime/codeobject.h"
#include "runtime/object.h"

namespace slotpy {

struct FunctionObject : Object {
  CodeObject* code;
  DictObject* globals;
  DictObject* builtins;
  TupleObject* defaults;    // nullptr: none
  DictObject* kwdefaults;   // nullptr: none
  TupleObject* closure;     // cells for the code's free variables
  StrObject* name;
  StrObject* qualname;
  Object* doc;
  Object* module;
  DictObject* dict;
  Object* annotations;
  Object* weaklist;         // the first weak reference (weakref module)
};

struct MethodObject : Object {
  Object* func;
  Object* self;
};

struct CellObject : Object {
  Object* ref;  // nullptr: empty
};

struct ClassMethodObject : Object {  // classmethod and staticmethod
  Object* callable;
  DictObject* dict;
};

struct PropertyObject : Object {
  Object* fget;
  Object* fset;
  Object* fdel;
  Object* doc;
  StrObject* name;
};

struct Frame;
struct GeneratorObject : Object {
  Frame* frame;        // nullptr once finished
  CodeObject* code;
  StrObject* name;
  StrObject* qualname;
  bool running;
  Object* exc_state;   // the exception being handled inside the generator when suspended
  Object* weaklist;    // the first weak reference (weakref module)
};

FunctionObject* function_new(CodeObject* code, DictObject* globals, StrObject* qualname);
Object* method_new(Object* func, Object* self);
CellObject* cell_new(Object* ref);
Object* new_classmethod_descr(TypeObject* owner, const MethodDef* def);
Object* new_staticmethod(Object* callable);
Object* new_classmethod(Object* callable);

void init_function_types();

}  // namespace slotpy
