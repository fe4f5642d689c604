// Shared harness of the number unit tests (int_test.cpp, float_test.cpp): builds values, calls
// operations and compares repr(result) or "Type: message" with CPython 3.11's expectations.
#pragma once

#include <gtest/gtest.h>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/format_spec.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/runtime.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {
namespace {

// ---- harness: build values, call, and compare repr(result) with CPython's ------------------

class NumTest : public ::testing::Test {  // renamed per file below
 protected:
  static void SetUpTestSuite() {
    static bool done = false;
    if (!done) {
      runtime_init(0, nullptr);
      done = true;
    }
  }
};

[[maybe_unused]] std::string U(Object* s) { return std::string(str_view(static_cast<StrObject*>(s))); }

[[maybe_unused]] Object* I(const char* dec) {
  Object* r = int_from_string(dec, std::strlen(dec), 10);
  if (!r) ADD_FAILURE() << "bad int literal " << dec;
  return r;
}
[[maybe_unused]] Object* IPOW(long b, long e) { return int_pow(make_small_int(b), make_small_int(e), nullptr); }
[[maybe_unused]] Object* F(const char* r) { return float_new(std::strtod(r, nullptr)); }
[[maybe_unused]] Object* S(const char* utf8) { return str_from_cstr(utf8); }
[[maybe_unused]] Object* BY(const char* data, size_t n) { return bytes_from(data, n); }
[[maybe_unused]] Object* CX(const char* re, const char* im) { return complex_new(std::strtod(re, nullptr), std::strtod(im, nullptr)); }
[[maybe_unused]] Object* LIST(std::initializer_list<Object*> items) { return list_from(items.begin(), items.size()); }
[[maybe_unused]] Object* TUP(std::initializer_list<Object*> items) { return tuple_from(items.begin(), items.size()); }
[[maybe_unused]] Object* const INT_T = &Int_Type;
[[maybe_unused]] Object* const FLOAT_T = &Float_Type;

[[maybe_unused]] Object* call_kw(Object* f, std::initializer_list<Object*> args, std::initializer_list<const char*> kwn,
                std::initializer_list<Object*> kwv) {
  std::vector<Object*> all(args);
  all.insert(all.end(), kwv.begin(), kwv.end());
  TupleObject* names = nullptr;
  if (kwn.size()) {
    std::vector<Object*> ns;
    for (const char* k : kwn) ns.push_back(intern(k));
    names = tuple_from(ns.data(), ns.size());
  }
  return call(f, all.data(), args.size(), names);
}

[[maybe_unused]] Object* math_module() {
  static Object* m = create_module_math();
  return m;
}
[[maybe_unused]] Object* MATH(const char* name, std::initializer_list<Object*> args) {
  return call_kw(get_attr_cstr(math_module(), name), args, {}, {});
}
[[maybe_unused]] Object* MATHKW(const char* name, std::initializer_list<Object*> args,
               std::initializer_list<const char*> kwn, std::initializer_list<Object*> kwv) {
  return call_kw(get_attr_cstr(math_module(), name), args, kwn, kwv);
}
[[maybe_unused]] Object* MATHATTR(const char* name) { return get_attr_cstr(math_module(), name); }
[[maybe_unused]] Object* METH(Object* self, const char* name, std::initializer_list<Object*> args,
             std::initializer_list<const char*> kwn, std::initializer_list<Object*> kwv) {
  return call_kw(get_attr_cstr(self, name), args, kwn, kwv);
}
[[maybe_unused]] Object* CALLT(TypeObject* t, std::initializer_list<Object*> args, std::initializer_list<const char*> kwn,
              std::initializer_list<Object*> kwv) {
  return call_kw(t, args, kwn, kwv);
}
[[maybe_unused]] Object* FMT(Object* v, Object* spec) { return format(v, spec); }
[[maybe_unused]] Object* HASH(Object* v) { return int_from_intptr(hash(v)); }

[[maybe_unused]] Object* divmod_op(Object* a, Object* b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  if (ta->nb_divmod) {
    Object* r = ta->nb_divmod(a, b);
    if (r != Py_NotImplemented) return r;
  }
  if (tb != ta && tb->nb_divmod) {
    Object* r = tb->nb_divmod(a, b);
    if (r != Py_NotImplemented) return r;
  }
  raise_type_error("unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a), type_name(b));
}

[[maybe_unused]] Object* BINOP(Object* a, const std::string& op, Object* b) {
  if (op == "+") return binary_op(a, b, BINOP_add);
  if (op == "-") return binary_op(a, b, BINOP_subtract);
  if (op == "*") return binary_op(a, b, BINOP_multiply);
  if (op == "/") return binary_op(a, b, BINOP_true_divide);
  if (op == "//") return binary_op(a, b, BINOP_floor_divide);
  if (op == "%") return binary_op(a, b, BINOP_remainder);
  if (op == "<<") return binary_op(a, b, BINOP_lshift);
  if (op == ">>") return binary_op(a, b, BINOP_rshift);
  if (op == "&") return binary_op(a, b, BINOP_and);
  if (op == "|") return binary_op(a, b, BINOP_or);
  if (op == "^") return binary_op(a, b, BINOP_xor);
  if (op == "**") return power(a, b, Py_None);
  if (op == "divmod") return divmod_op(a, b);
  if (op == "<") return rich_compare(a, b, CMP_LT);
  if (op == "<=") return rich_compare(a, b, CMP_LE);
  if (op == "==") return rich_compare(a, b, CMP_EQ);
  if (op == "!=") return rich_compare(a, b, CMP_NE);
  if (op == ">") return rich_compare(a, b, CMP_GT);
  if (op == ">=") return rich_compare(a, b, CMP_GE);
  ADD_FAILURE() << "unknown op " << op;
  return Py_None;
}

[[maybe_unused]] Object* UNARY(const std::string& op, Object* v) {
  if (op == "-") return negative(v);
  if (op == "+") return positive(v);
  if (op == "~") return invert(v);
  if (op == "abs") return absolute(v);
  if (op == "bool") return py_bool(is_true(v));
  if (op == "int") return call1(&Int_Type, v);
  if (op == "float") return call1(&Float_Type, v);
  ADD_FAILURE() << "unknown unary op " << op;
  return Py_None;
}

// A Python literal as printed by repr(): int, float (incl. inf/nan), True/False.
[[maybe_unused]] Object* literal(const char* s) {
  std::string t(s);
  if (t == "True") return Py_True;
  if (t == "False") return Py_False;
  if (t.find_first_of(".eEinfa") != std::string::npos) return float_new(std::strtod(s, nullptr));
  return I(s);
}

// repr(f()) or "!ExcType: message".
template <class Fn>
[[maybe_unused]] std::string outcome(Fn f) {
  try {
    Object* r = f();
    return U(repr(r));
  } catch (PyError&) {
    Object* exc = current_exception();
    clear_exception();
    std::string msg = U(str(exc));
    return std::string("!") + type_name(exc) + ": " + msg;
  }
}

struct BinCase {
  const char* a;
  const char* op;
  const char* b;
  const char* expect;
};

struct CallCase {
  const char* label;
  Object* (*fn)();
  const char* expect;
};

template <size_t N>
void run_calls(const CallCase (&cases)[N]) {
  int failures = 0;
  for (const CallCase& c : cases) {
    std::string got = outcome(c.fn);
    if (got != c.expect) {
      ++failures;
      ADD_FAILURE() << c.label << "\n  got:      " << got << "\n  expected: " << c.expect;
      if (failures > 200) return;
    }
  }
}

}  // namespace
}  // namespace slotpy
