// The table of special methods: which dunder name fills which type slot, defined once.
//
// Builtin types get one wrapper per filled slot in their dict (`int.__add__` calls int's
// nb_add); classes that define a dunder get the slot's generic function, which looks the
// dunder up on the type and calls it (`C() + 1` calls C.__add__).
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace slotpy {

enum class SlotKind : uint8_t {
  Unary, BinaryL, BinaryR, TernaryL, TernaryR, Hash, Inquiry, Len, Contains, RichCmp,
  SetItem, DelItem, Call, IterNext, DescrGet, DescrSet, DescrDelete, Init, GetAttribute,
  GetAttr, SetAttr, DelAttr, New,
};

// X(dunder, slot field, kind, op): op is the comparison for RichCmp, else 0.
#define SLOTPY_SLOTDEFS(X)                                                               \
  X(__getattribute__, tp_getattro, GetAttribute, 0)                                      \
  X(__getattr__, tp_getattro, GetAttr, 0)                                                \
  X(__setattr__, tp_setattro, SetAttr, 0)                                                \
  X(__delattr__, tp_setattro, DelAttr, 0)                                                \
  X(__repr__, tp_repr, Unary, 0)                                                         \
  X(__hash__, tp_hash, Hash, 0)                                                          \
  X(__call__, tp_call, Call, 0)                                                          \
  X(__str__, tp_str, Unary, 0)                                                           \
  X(__lt__, tp_richcompare, RichCmp, CMP_LT)                                             \
  X(__le__, tp_richcompare, RichCmp, CMP_LE)                                             \
  X(__eq__, tp_richcompare, RichCmp, CMP_EQ)                                             \
  X(__ne__, tp_richcompare, RichCmp, CMP_NE)                                             \
  X(__gt__, tp_richcompare, RichCmp, CMP_GT)                                             \
  X(__ge__, tp_richcompare, RichCmp, CMP_GE)                                             \
  X(__iter__, tp_iter, Unary, 0)                                                         \
  X(__next__, tp_iternext, IterNext, 0)                                                  \
  X(__get__, tp_descr_get, DescrGet, 0)                                                  \
  X(__set__, tp_descr_set, DescrSet, 0)                                                  \
  X(__delete__, tp_descr_set, DescrDelete, 0)                                            \
  X(__init__, tp_init, Init, 0)                                                          \
  X(__new__, tp_new, New, 0)                                                             \
  X(__add__, nb_add, BinaryL, 0) X(__radd__, nb_add, BinaryR, 0)                         \
  X(__sub__, nb_subtract, BinaryL, 0) X(__rsub__, nb_subtract, BinaryR, 0)               \
  X(__mul__, nb_multiply, BinaryL, 0) X(__rmul__, nb_multiply, BinaryR, 0)               \
  X(__mod__, nb_remainder, BinaryL, 0) X(__rmod__, nb_remainder, BinaryR, 0)             \
  X(__divmod__, nb_divmod, BinaryL, 0) X(__rdivmod__, nb_divmod, BinaryR, 0)             \
  X(__pow__, nb_power, TernaryL, 0) X(__rpow__, nb_power, TernaryR, 0)                   \
  X(__neg__, nb_negative, Unary, 0)                                                      \
  X(__pos__, nb_positive, Unary, 0)                                                      \
  X(__abs__, nb_absolute, Unary, 0)                                                      \
  X(__bool__, nb_bool, Inquiry, 0)                                                       \
  X(__invert__, nb_invert, Unary, 0)                                                     \
  X(__lshift__, nb_lshift, BinaryL, 0) X(__rlshift__, nb_lshift, BinaryR, 0)             \
  X(__rshift__, nb_rshift, BinaryL, 0) X(__rrshift__, nb_rshift, BinaryR, 0)             \
  X(__and__, nb_and, BinaryL, 0) X(__rand__, nb_and, BinaryR, 0)                         \
  X(__xor__, nb_xor, BinaryL, 0) X(__rxor__, nb_xor, BinaryR, 0)                         \
  X(__or__, nb_or, BinaryL, 0) X(__ror__, nb_or, BinaryR, 0)                             \
  X(__int__, nb_int, Unary, 0)                                                           \
  X(__float__, nb_float, Unary, 0)                                                       \
  X(__iadd__, nb_inplace_add, BinaryL, 0)                                                \
  X(__isub__, nb_inplace_subtract, BinaryL, 0)                                           \
  X(__imul__, nb_inplace_multiply, BinaryL, 0)                                           \
  X(__imod__, nb_inplace_remainder, BinaryL, 0)                                          \
  X(__ipow__, nb_inplace_power, TernaryL, 0)                                             \
  X(__ilshift__, nb_inplace_lshift, BinaryL, 0)                                          \
  X(__irshift__, nb_inplace_rshift, BinaryL, 0)                                          \
  X(__iand__, nb_inplace_and, BinaryL, 0)                                                \
  X(__ixor__, nb_inplace_xor, BinaryL, 0)                                                \
  X(__ior__, nb_inplace_or, BinaryL, 0)                                                  \
  X(__floordiv__, nb_floor_divide, BinaryL, 0) X(__rfloordiv__, nb_floor_divide, BinaryR, 0) \
  X(__truediv__, nb_true_divide, BinaryL, 0) X(__rtruediv__, nb_true_divide, BinaryR, 0) \
  X(__ifloordiv__, nb_inplace_floor_divide, BinaryL, 0)                                  \
  X(__itruediv__, nb_inplace_true_divide, BinaryL, 0)                                    \
  X(__index__, nb_index, Unary, 0)                                                       \
  X(__matmul__, nb_matrix_multiply, BinaryL, 0)                                          \
  X(__rmatmul__, nb_matrix_multiply, BinaryR, 0)                                         \
  X(__imatmul__, nb_inplace_matrix_multiply, BinaryL, 0)                                 \
  X(__len__, mp_length, Len, 0)                                                          \
  X(__getitem__, mp_subscript, BinaryL, 0)                                               \
  X(__setitem__, mp_ass_subscript, SetItem, 0)                                           \
  X(__delitem__, mp_ass_subscript, DelItem, 0)                                           \
  X(__contains__, sq_contains, Contains, 0)

struct SlotDef {
  const char* name;
  size_t offset;  // of the slot field in TypeObject
  SlotKind kind;
  int op;
  void* generic;  // the slot function used by classes that define this dunder
  StrObject* interned;
};

extern SlotDef g_slotdefs[];
extern const int g_slotdef_count;

// Interns the dunder names (called once by runtime_init).
void init_slotdefs();
// After a class is created: fills its slots with generic functions for the dunders it (or its
// MRO) defines in Python. Also called when a dunder is assigned on a class later.
void update_slots_from_dict(TypeObject* t);
// Adds the slot wrappers of a builtin type to its dict (type_ready).
void add_slot_wrappers(TypeObject* t);

// tp_hash of unhashable types (list, dict, set, ...): raises TypeError "unhashable type: 'X'";
// type_ready turns it into `__hash__ = None`.
extern HashFn g_hash_not_implemented;

// Calls a special method looked up on type(self) (not the instance): returns nullptr when the
// type has no such attribute.
Object* call_special(Object* self, StrObject* name, Object* const* args, size_t nargs);

}  // namespace slotpy
