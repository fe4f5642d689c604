// The format-spec mini-language (format(), str.format(), f-strings) for int, float, complex and
// str, exactly as CPython 3.11 prints: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// Also CPython's PyOS_double_to_string (double_to_string below), which the %-operator of str
// and repr(complex) share.
#pragma once

#include <string>

#include "runtime/object.h"

namespace slotpy {

// format(v, spec) for an int v (any int, bool and subclasses included). Empty spec: str(v).
Object* format_int(Object* v, StrObject* spec);
// format(v, spec) for a float value. Empty spec: repr of the value. `obj` is the float object
// (for error messages and the empty-spec case, which returns str(obj)); may be nullptr.
Object* format_float(double v, StrObject* spec, Object* obj = nullptr);
// format(v, spec) for a str. Empty spec: v itself.
Object* format_str(StrObject* v, StrObject* spec);
// format(v, spec) for a complex value.
Object* format_complex(double real, double imag, StrObject* spec, Object* obj = nullptr);

// PyOS_double_to_string flags.
enum DoubleToStringFlags : int {
  DTSF_SIGN = 1,       // always add the sign
  DTSF_ADD_DOT_0 = 2,  // if the result is an integer add ".0"
  DTSF_ALT = 4,        // "alternate" formatting ('#')
  DTSF_NO_NEG_0 = 8,   // negative zero is printed as zero ('z')
};
// PyOS_double_to_string: format_code is one of 'e', 'E', 'f', 'F', 'g', 'G', 'r' (repr: precision
// must be 0). inf/nan print as inf/nan (INF/NAN for the upper-case codes).
std::string double_to_string(double v, char format_code, int precision, int flags);

}  // namespace slotpy
