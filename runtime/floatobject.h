// types: Float_Type Complex_Type
// float: an IEEE double in a fixed-size object.
#pragma once

#include <string>

#include "runtime/object.h"

namespace slotpy {

struct FloatObject : Object {
  double value;
};

Object* float_new(double v);
inline double float_value(Object* o) { return static_cast<FloatObject*>(o)->value; }
// float(o) for int, float or any object with __float__/__index__; TypeError otherwise
// ("must be real number, not str").
double as_double(Object* o);
// CPython's hash of a double (hash(1.0) == hash(1), inf -> 314159, nan -> identity-based).
intptr_t double_hash(double v);
// Exact comparison of an int with a double (big ints included): -1, 0, 1; nan compares unordered
// (returns 2).
int compare_int_double(Object* i, double d);
// repr(float) text, CPython's shortest round-trip form.
std::string float_repr_text(double v);

// ---- additions (float helper) --------------------------------------------------------------
// float(o): PyNumber_Float (str/bytes parsing, __float__, __index__). TypeError "float() argument
// must be a string or a real number, not 'list'".
Object* float_from_object(Object* o);
// float(s) for a str/bytes/bytearray: ValueError "could not convert string to float: 'abc'".
double float_from_text_object(Object* o);
// The identity-based hash CPython gives NaNs (_Py_HashPointer).
intptr_t float_nan_hash(const void* p);

void init_float_type();
void init_complex_type();

// complex
struct ComplexObject : Object {
  double real, imag;
};
Object* complex_new(double real, double imag);

}  // namespace slotpy
