// The object model: every Python value is an `Object*`.
//
// A heap object starts with its type pointer (no reference count: Boehm GC owns all memory);
// var-sized objects (int, tuple, bytes, type) add `ob_size` and keep their items inline.
//
// Small ints are not heap objects: an `Object*` whose low bit is 1 is a tagged integer
// (value = bits >> 1, 63 bits signed). Every int that fits is kept tagged (canonical form), so a
// heap IntObject of type exactly `int` never holds a small value. Never dereference an Object*
// without checking: use `type_of(o)`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include <gc/gc.h>

namespace slotpy {

struct TypeObject;
struct StrObject;
struct TupleObject;
struct DictObject;
struct ListObject;

struct Object {
  TypeObject* ob_type;
};

struct VarObject : Object {
  intptr_t ob_size;
};

// ---- tagged small ints ---------------------------------------------------------------------
constexpr intptr_t kSmallIntMax = INTPTR_MAX >> 1;
constexpr intptr_t kSmallIntMin = INTPTR_MIN >> 1;

inline bool is_small_int(const Object* o) { return reinterpret_cast<uintptr_t>(o) & 1; }
inline intptr_t small_int_value(const Object* o) {
  return static_cast<intptr_t>(reinterpret_cast<uintptr_t>(o)) >> 1;
}
inline Object* make_small_int(intptr_t v) {
  return reinterpret_cast<Object*>((static_cast<uintptr_t>(v) << 1) | 1);
}
inline bool fits_small_int(intptr_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }

extern TypeObject Int_Type;
inline TypeObject* type_of(const Object* o) { return is_small_int(o) ? &Int_Type : o->ob_type; }

// ---- allocation ---------------------------------------------------------------------------
// All objects come from Boehm GC. Use gc_alloc for blocks holding pointers and
// gc_alloc_atomic for pointer-free data (string bytes, int limbs, bytecode).
void* gc_alloc(size_t n);          // zeroed, scanned
void* gc_alloc_atomic(size_t n);   // not zeroed, not scanned
// GC stress testing: every allocation path calls gc_stress() (see gc_heap.cpp).
extern unsigned g_gc_stress_every;
void gc_stress_tick();
inline void gc_stress() {
  if (__builtin_expect(g_gc_stress_every != 0, 0)) gc_stress_tick();
}

template <class T>
T* alloc_object(TypeObject* type, size_t size = sizeof(T)) {
  T* o = static_cast<T*>(gc_alloc(size));
  o->ob_type = type;
  return o;
}

// ---- singletons ----------------------------------------------------------------------------
extern Object None_Object, NotImplemented_Object, Ellipsis_Object;
#define Py_None (&::slotpy::None_Object)
#define Py_NotImplemented (&::slotpy::NotImplemented_Object)
#define Py_Ellipsis (&::slotpy::Ellipsis_Object)
extern Object* Py_True;   // bool objects (IntObject of type bool)
extern Object* Py_False;
inline Object* py_bool(bool b) { return b ? Py_True : Py_False; }

// ---- native functions and method tables ------------------------------------------------------
// The calling convention everywhere ("vectorcall"): `args[0..nargs)` are the positional
// arguments, followed by one value per name in `kwnames` (a tuple of str, or nullptr).
using NativeFn = Object* (*)(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames);

enum MethodFlags : uint32_t {
  METH_DEFAULT = 0,
  METH_CLASS = 1,    // self is the type (classmethod on a builtin type)
  METH_STATIC = 2,   // self is nullptr
};

struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags;
  const char* doc;
};

using GetterFn = Object* (*)(Object* self);
using SetterFn = void (*)(Object* self, Object* value);  // value nullptr: delete
struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set;
  const char* doc;
};

// Member kinds for MemberDef (member descriptors on fields of an object's struct).
enum MemberKind : uint8_t {
  MEMBER_OBJECT,     // Object* field; nullptr reads as None
  MEMBER_OBJECT_EX,  // Object* field; nullptr raises AttributeError (slots)
  MEMBER_INTPTR,     // intptr_t field, read as int
  MEMBER_BOOL,       // bool field
};
struct MemberDef {
  const char* name;
  MemberKind kind;
  intptr_t offset;
  bool readonly;
  const char* doc;
};

// ---- type slots ------------------------------------------------------------------------------
// Slot function signatures.
using UnaryFn = Object* (*)(Object*);
using BinaryFn = Object* (*)(Object*, Object*);        // may return Py_NotImplemented
using TernaryFn = Object* (*)(Object*, Object*, Object*);
using InquiryFn = int (*)(Object*);                      // truth value: 0/1
using ContainsFn = int (*)(Object* container, Object* item);  // `item in container`: 0/1
using LenFn = intptr_t (*)(Object*);
using HashFn = intptr_t (*)(Object*);                    // never returns -1
using RichCmpFn = Object* (*)(Object*, Object*, int op); // may return Py_NotImplemented
using GetAttrFn = Object* (*)(Object*, StrObject* name); // nullptr when missing (no exception)
using SetAttrFn = void (*)(Object*, StrObject* name, Object* value);  // value nullptr: delete
using DescrGetFn = Object* (*)(Object* descr, Object* obj, Object* type);  // obj may be nullptr
using DescrSetFn = void (*)(Object* descr, Object* obj, Object* value);    // value nullptr: delete
using ObjObjArgFn = void (*)(Object*, Object* key, Object* value);         // value nullptr: delete
using CallFn = NativeFn;  // self = the callable
using NewFn = Object* (*)(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames);
using InitFn = void (*)(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames);
using IterNextFn = Object* (*)(Object*);  // nullptr when exhausted (no exception)

// Rich comparison operators (CPython's numbering).
enum CompareOp : int { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

// Every slot of a type, defined once: X(field, signature type).
#define SLOTPY_TYPE_SLOTS(X)                                                                    \
  X(tp_repr, UnaryFn) X(tp_str, UnaryFn) X(tp_hash, HashFn) X(tp_call, CallFn)                   \
  X(tp_getattro, GetAttrFn) X(tp_setattro, SetAttrFn) X(tp_richcompare, RichCmpFn)              \
  X(tp_iter, UnaryFn) X(tp_iternext, IterNextFn) X(tp_descr_get, DescrGetFn)                    \
  X(tp_descr_set, DescrSetFn) X(tp_init, InitFn) X(tp_new, NewFn)                              \
  X(mp_length, LenFn) X(mp_subscript, BinaryFn) X(mp_ass_subscript, ObjObjArgFn)               \
  X(sq_contains, ContainsFn)                                                                      \
  X(nb_bool, InquiryFn) X(nb_index, UnaryFn) X(nb_int, UnaryFn) X(nb_float, UnaryFn)            \
  X(nb_negative, UnaryFn) X(nb_positive, UnaryFn) X(nb_absolute, UnaryFn) X(nb_invert, UnaryFn) \
  SLOTPY_BINARY_SLOT_FIELDS(X) X(nb_divmod, BinaryFn)                                            \
  X(nb_power, TernaryFn) X(nb_inplace_power, TernaryFn)

// Binary operators: X(name, symbol, inplace symbol, dunder, reflected dunder, inplace dunder).
// nb_<name> and nb_inplace_<name> slots exist for each (power is ternary and divmod has no
// in-place form: both are listed apart).
#define SLOTPY_BINARY_OP_TABLE(X)                                                     \
  X(add, "+", "+=", __add__, __radd__, __iadd__)                                      \
  X(subtract, "-", "-=", __sub__, __rsub__, __isub__)                                 \
  X(multiply, "*", "*=", __mul__, __rmul__, __imul__)                                 \
  X(matrix_multiply, "@", "@=", __matmul__, __rmatmul__, __imatmul__)                 \
  X(true_divide, "/", "/=", __truediv__, __rtruediv__, __itruediv__)                  \
  X(floor_divide, "//", "//=", __floordiv__, __rfloordiv__, __ifloordiv__)            \
  X(remainder, "%", "%=", __mod__, __rmod__, __imod__)                                \
  X(lshift, "<<", "<<=", __lshift__, __rlshift__, __ilshift__)                        \
  X(rshift, ">>", ">>=", __rshift__, __rrshift__, __irshift__)                        \
  X(and, "&", "&=", __and__, __rand__, __iand__)                                      \
  X(xor, "^", "^=", __xor__, __rxor__, __ixor__)                                      \
  X(or, "|", "|=", __or__, __ror__, __ior__)

// X(field, BinaryFn) for every nb_<op> and nb_inplace_<op> of the table above.
#define SLOTPY_BINARY_SLOT_FIELDS(X)                                                         \
  X(nb_add, BinaryFn) X(nb_inplace_add, BinaryFn) X(nb_subtract, BinaryFn)             \
  X(nb_inplace_subtract, BinaryFn) X(nb_multiply, BinaryFn) X(nb_inplace_multiply, BinaryFn) \
  X(nb_matrix_multiply, BinaryFn) X(nb_inplace_matrix_multiply, BinaryFn)              \
  X(nb_true_divide, BinaryFn) X(nb_inplace_true_divide, BinaryFn)                      \
  X(nb_floor_divide, BinaryFn) X(nb_inplace_floor_divide, BinaryFn)                    \
  X(nb_remainder, BinaryFn) X(nb_inplace_remainder, BinaryFn)                          \
  X(nb_lshift, BinaryFn) X(nb_inplace_lshift, BinaryFn) \
  X(nb_rshift, BinaryFn) X(nb_inplace_rshift, BinaryFn) X(nb_and, BinaryFn)            \
  X(nb_inplace_and, BinaryFn) X(nb_xor, BinaryFn) X(nb_inplace_xor, BinaryFn)          \
  X(nb_or, BinaryFn) X(nb_inplace_or, BinaryFn)

// Type flags.
enum TypeFlags : uint64_t {
  // The bits CPython 3.11 also has are at CPython's positions (type.__flags__ shows them).
  TPFLAGS_SEQUENCE = 1ull << 5,          // matched by sequence patterns (inherited)
  TPFLAGS_MAPPING = 1ull << 6,           // matched by mapping patterns (inherited)
  TPFLAGS_DISALLOW_INSTANTIATION = 1ull << 7,
  TPFLAGS_IMMUTABLETYPE = 1ull << 8,     // builtin: attributes cannot be set
  TPFLAGS_HEAPTYPE = 1ull << 9,          // created by a class statement or type()
  TPFLAGS_BASETYPE = 1ull << 10,         // may be subclassed
  TPFLAGS_READY = 1ull << 12,
  TPFLAGS_HAVE_GC = 1ull << 14,          // informational: CPython's GC-tracked types
  TPFLAGS_METHOD_DESCRIPTOR = 1ull << 17,  // descriptor whose __get__ binds like a function
  TPFLAGS_ABSTRACT = 1ull << 20,
  // fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS
  TPFLAGS_INT_SUBCLASS = 1ull << 24,
  TPFLAGS_LIST_SUBCLASS = 1ull << 25,
  TPFLAGS_TUPLE_SUBCLASS = 1ull << 26,
  TPFLAGS_BYTES_SUBCLASS = 1ull << 27,
  TPFLAGS_STR_SUBCLASS = 1ull << 28,
  TPFLAGS_DICT_SUBCLASS = 1ull << 29,
  TPFLAGS_BASE_EXC_SUBCLASS = 1ull << 30,
  TPFLAGS_TYPE_SUBCLASS = 1ull << 31,
  TPFLAGS_FLOAT_SUBCLASS = 1ull << 40,   // slotpy's own
};

struct TypeObject : VarObject {
  const char* tp_name;  // "int", "list"; for heap types the UTF-8 of ht_name
  intptr_t tp_basicsize;
  intptr_t tp_itemsize;
  intptr_t tp_dictoffset;
  intptr_t tp_weaklistoffset;
  uint64_t tp_flags;
  uint32_t tp_version;  // changes whenever this type's or a base's attributes change
  TypeObject* tp_base;
  TupleObject* tp_bases;
  TupleObject* tp_mro;
  DictObject* tp_dict;
  ListObject* tp_subclasses;  // direct subclasses (for version invalidation)
  Object* tp_weaklist;        // the first weak reference to the class (weakref module)
  const char* tp_doc;
  const MethodDef* tp_methods;   // nullptr-terminated ({nullptr} entry)
  const GetSetDef* tp_getset;
  const MemberDef* tp_members;
#define SLOTPY_DECLARE_SLOT_(field, T) T field;
  SLOTPY_TYPE_SLOTS(SLOTPY_DECLARE_SLOT_)
#undef SLOTPY_DECLARE_SLOT_
  // Heap types.
  StrObject* ht_name;
  StrObject* ht_qualname;
  Object* ht_module;
  Object* ht_slots;  // the tuple of slot names (issue 4)
};

// Builtin type objects (each defined in the file of its type).
extern TypeObject Type_Type, Object_Type, NoneType_Type, NotImplementedType_Type,
    Ellipsis_Type, Bool_Type, Float_Type, Complex_Type, Str_Type, Bytes_Type, ByteArray_Type,
    List_Type, Tuple_Type, Dict_Type, Set_Type, FrozenSet_Type, Range_Type, Slice_Type,
    Function_Type, Method_Type, BuiltinFunction_Type, MethodDescr_Type, ClassMethodDescr_Type,
    GetSetDescr_Type, MemberDescr_Type, Code_Type, Cell_Type, Generator_Type, Module_Type,
    Property_Type, ClassMethod_Type, StaticMethod_Type, Traceback_Type, Super_Type;

inline bool type_has(const TypeObject* t, uint64_t flag) { return (t->tp_flags & flag) != 0; }
inline const char* type_name(const Object* o) { return type_of(o)->tp_name; }
// Fast subclass checks.
inline bool is_int(const Object* o) { return is_small_int(o) || type_has(o->ob_type, TPFLAGS_INT_SUBCLASS); }
inline bool is_int_exact(const Object* o) { return is_small_int(o) || o->ob_type == &Int_Type; }
inline bool is_str(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_STR_SUBCLASS); }
inline bool is_str_exact(const Object* o) { return !is_small_int(o) && o->ob_type == &Str_Type; }
inline bool is_float(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_FLOAT_SUBCLASS); }
inline bool is_float_exact(const Object* o) { return !is_small_int(o) && o->ob_type == &Float_Type; }
inline bool is_tuple(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_TUPLE_SUBCLASS); }
inline bool is_tuple_exact(const Object* o) { return !is_small_int(o) && o->ob_type == &Tuple_Type; }
inline bool is_list(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_LIST_SUBCLASS); }
inline bool is_list_exact(const Object* o) { return !is_small_int(o) && o->ob_type == &List_Type; }
inline bool is_dict(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_DICT_SUBCLASS); }
inline bool is_dict_exact(const Object* o) { return !is_small_int(o) && o->ob_type == &Dict_Type; }
inline bool is_bytes(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_BYTES_SUBCLASS); }
inline bool is_type(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_TYPE_SUBCLASS); }
inline bool is_exception(const Object* o) { return !is_small_int(o) && type_has(o->ob_type, TPFLAGS_BASE_EXC_SUBCLASS); }
inline bool is_bool(const Object* o) { return o == Py_True || o == Py_False; }

// ---- generic object protocol (runtime/abstract.cpp unless noted) ---------------------------
// All of these raise (throw PyError, see errors.h) on failure.
Object* repr(Object* o);             // returns a str
Object* str(Object* o);              // returns a str
const char* repr_cstr(Object* o);    // UTF-8 of repr(o), GC memory (for messages)
intptr_t hash(Object* o);            // TypeError "unhashable type: 'list'"
bool is_true(Object* o);             // truth value
Object* rich_compare(Object* a, Object* b, int op);       // object result
bool rich_compare_bool(Object* a, Object* b, int op);     // identity implies equality for EQ/NE
bool eq(Object* a, Object* b);                            // rich_compare_bool(a, b, CMP_EQ)
Object* get_attr(Object* o, StrObject* name);             // AttributeError when missing
Object* get_attr_or_null(Object* o, StrObject* name);     // nullptr when missing (AttributeError swallowed)
Object* get_attr_cstr(Object* o, const char* name);
void set_attr(Object* o, StrObject* name, Object* value);
void del_attr(Object* o, StrObject* name);
Object* get_item(Object* o, Object* key);
void set_item(Object* o, Object* key, Object* value);
void del_item(Object* o, Object* key);
bool contains(Object* container, Object* item);           // `item in container`
intptr_t length(Object* o);                                // len(); TypeError "object of type 'X' has no len()"
// operator.length_hint(o, default): len(o), else o.__length_hint__(), else dflt; with
// CPython's TypeError/ValueError for a hint that is not an int >= 0.
intptr_t length_hint(Object* o, intptr_t dflt);
// How many items the builtin iterator `it` (over a list, tuple or range) has left, without
// running any Python code; -1 for other iterators.
intptr_t builtin_iter_remaining(Object* it);
Object* get_iter(Object* o);                               // iter(); TypeError "'X' object is not iterable"
Object* iter_next(Object* it);                             // nullptr when exhausted
Object* call(Object* f, Object* const* args, size_t nargs, TupleObject* kwnames = nullptr);
Object* call0(Object* f);
Object* call1(Object* f, Object* a);
Object* call2(Object* f, Object* a, Object* b);
Object* call_method(Object* self, StrObject* name, Object* const* args, size_t nargs);  // self.name(*args)
Object* call_method_cstr(Object* self, const char* name, Object* const* args, size_t nargs);
intptr_t index_value(Object* o);  // operator.index() as intptr_t; OverflowError/TypeError
Object* number_index(Object* o);  // operator.index(): an int
// Binary operators: op is the index into the binary-op table (BinaryOp below).
Object* binary_op(Object* a, Object* b, int op);
Object* inplace_op(Object* a, Object* b, int op);
Object* power(Object* a, Object* b, Object* mod);  // mod may be Py_None
Object* inplace_power(Object* a, Object* b);
Object* negative(Object* o);
Object* positive(Object* o);
Object* absolute(Object* o);
Object* invert(Object* o);
bool is_instance(Object* o, Object* cls);           // isinstance(); cls may be a tuple
bool type_instance_check(Object* o, TypeObject* cls);  // type.__instancecheck__ (o.__class__ too)
bool is_subclass(Object* derived, Object* cls);     // issubclass()
bool is_subtype(TypeObject* a, TypeObject* b);      // b in a.__mro__
Object* format(Object* value, Object* spec);       // format(value, spec)

enum BinaryOp : int {
#define SLOTPY_BINOP_ENUM_(name, sym, isym, d, rd, id) BINOP_##name,
  SLOTPY_BINARY_OP_TABLE(SLOTPY_BINOP_ENUM_)
#undef SLOTPY_BINOP_ENUM_
  BINOP_COUNT
};

}  // namespace slotpy
