// types: Int_Type Bool_Type
// int (and bool, its subclass): arbitrary precision, a var-sized object.
//
// Ints that fit in 63 bits are tagged (object.h) and never allocated. Larger values are
// IntObjects: `ob_size` is the number of GMP limbs with the sign of the value (0 for zero,
// as CPython's ob_size), limbs least significant first, inline after the header. A heap
// IntObject of exact type int is always normalized (no high zero limbs, never small); bool
// and user subclasses of int are IntObjects whatever their value.
#pragma once

#include <gmp.h>

#include <string>

#include "runtime/object.h"

namespace slotpy {

struct IntObject : VarObject {
  mp_limb_t limbs[];
};

// Construction (result tagged when it fits).
Object* int_from_intptr(intptr_t v);
Object* int_from_uint64(uint64_t v);
Object* int_from_double(double d);  // truncates; OverflowError/ValueError for inf/nan as int(float)
// Parses int(text, base) syntax (sign, whitespace, underscores, 0x/0o/0b prefixes when base is 0
// or matches). Returns nullptr on malformed text (the caller raises with its own message).
Object* int_from_string(const char* s, size_t n, int base);
// int(s, base) semantics including the CPython message:
// "invalid literal for int() with base 10: 'abc'".
Object* int_from_str_object(Object* str_or_bytes, int base);
// Normalizing constructor from a magnitude and sign: limbs may have high zero limbs.
Object* int_from_limbs(const mp_limb_t* limbs, intptr_t nlimbs, bool negative);

// Conversion. `o` may be any int (tagged, IntObject, bool, subclass).
bool int_to_intptr(Object* o, intptr_t* out);  // false on overflow
intptr_t int_as_intptr(Object* o);  // OverflowError "Python int too large to convert to C ssize_t"
double int_as_double(Object* o);    // OverflowError "int too large to convert to float"
int int_sign(Object* o);            // -1, 0, 1
bool int_is_zero(Object* o);
intptr_t int_hash(Object* o);       // CPython's numeric hash (modulus 2**61 - 1)
int int_compare(Object* a, Object* b);  // -1, 0, 1 for two ints
Object* int_normalize(Object* o);   // the exact-int value of an int subclass/bool instance
// Decimal text (CPython 3.11's 4300-digit limit applies: ValueError "Exceeds the limit (4300
// digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit").
std::string int_to_decimal(Object* o);
// Text in base 2, 8, 16 with prefix (bin/oct/hex), e.g. "-0x1f".
std::string int_to_base(Object* o, int base, bool prefix);
// Bit length of |o|.
intptr_t int_bit_length(Object* o);

// Arithmetic on two ints (both must be ints; results are canonical).
Object* int_add(Object* a, Object* b);
Object* int_sub(Object* a, Object* b);
Object* int_mul(Object* a, Object* b);
Object* int_floordiv(Object* a, Object* b);  // ZeroDivisionError "integer division or modulo by zero"
Object* int_mod(Object* a, Object* b);       // ZeroDivisionError "integer modulo by zero"
Object* int_truediv(Object* a, Object* b);   // float; ZeroDivisionError "division by zero"
Object* int_pow(Object* a, Object* b, Object* mod);  // mod nullptr or int
Object* int_neg(Object* a);
Object* int_lshift(Object* a, Object* b);
Object* int_rshift(Object* a, Object* b);
Object* int_and(Object* a, Object* b);
Object* int_or(Object* a, Object* b);
Object* int_xor(Object* a, Object* b);
Object* int_invert(Object* a);

// ---- additions (int helper) ----------------------------------------------------------------
// sys.get_int_max_str_digits() / set_int_max_str_digits(): 0 means no limit.
extern intptr_t int_max_str_digits;
// int(o): PyNumber_Long (int/bool/subclass -> exact int, __int__, __index__, __trunc__, str,
// bytes). TypeError "int() argument must be a string, a bytes-like object or a real number, not 'X'".
Object* int_from_object(Object* o);
// divmod(a, b) of two ints as a tuple; abs(a).
Object* int_divmod(Object* a, Object* b);
Object* int_abs(Object* a);
Object* int_gcd(Object* a, Object* b);  // non-negative
// |o| ~= m * 2**e with 0.5 <= m < 1 correctly rounded (o != 0); m carries the sign of o.
double int_frexp(Object* o, intptr_t* e);
// Result of a GMP computation, canonical (tagged when it fits).
Object* int_from_mpz(mpz_srcptr z);
// A read-only GMP view of an int's value, without copying: valid while `o` is alive.
struct IntMpzView {
  explicit IntMpzView(Object* o);
  IntMpzView(const IntMpzView&) = delete;
  IntMpzView& operator=(const IntMpzView&) = delete;
  mpz_srcptr get() const { return z; }
  mpz_t z;
  mp_limb_t buf;
};
// Unicode decimal digit value of a code point, or -1 (Py_UNICODE_TODECIMAL).
int int_unicode_decimal(uint32_t cp);
// int()/float() text preprocessing: Unicode digits to ASCII, Unicode spaces to ' ', stops with
// '?' at the first other non-ASCII character (_PyUnicode_TransformDecimalAndSpaceToASCII).
std::string int_str_to_ascii(StrObject* s);
// repr(o) truncated to 200 code points (CPython's "%.200R"), as UTF-8.
const char* int_repr_200(Object* o);
// A new instance of `type` (a subclass of int) holding the value of the int `v`.
Object* int_subtype_from(TypeObject* type, Object* v);

void init_int_type();
void init_bool_type();

}  // namespace slotpy
