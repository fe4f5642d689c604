// Raising exceptions from native code (errors.h).
#include "runtime/errors.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/dictobject.h"
#include "runtime/intobject.h"
#include "runtime/moduleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

namespace {
Object* g_current_exception = nullptr;  // a global: scanned by the GC
}

void exception_set_context(Object* exc);  // eval.cpp

Object* current_exception() { return g_current_exception; }
void set_current_exception(Object* exc) { g_current_exception = exc; }
void clear_exception() { g_current_exception = nullptr; }

void raise(Object* exc) {
  if (is_type(exc)) exc = call0(exc);
  if (!is_exception(exc)) {
    raise_type_error("exceptions must derive from BaseException");
  }
  exception_set_context(exc);
  g_current_exception = exc;
  throw PyError{};
}

Object* new_exception(TypeObject* type, Object* const* args, size_t nargs) {
  return call(type, args, nargs);
}

Object* new_exception_msg(TypeObject* type, const char* message) {
  Object* arg = str_from_cstr(message);
  return new_exception(type, &arg, 1);
}

void raise_vfmt(TypeObject* type, const char* fmt, va_list ap) {
  char buf[512];
  va_list ap2;
  va_copy(ap2, ap);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  std::string big;
  const char* text = buf;
  if (n >= static_cast<int>(sizeof buf)) {
    big.resize(n + 1);
    std::vsnprintf(big.data(), n + 1, fmt, ap2);
    big.resize(n);
    text = big.c_str();
  }
  va_end(ap2);
  raise(new_exception_msg(type, text));
}

void raise_fmt(TypeObject* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raise_vfmt(type, fmt, ap);
}

#define SLOTPY_RAISE_SHORTHAND_(fn, exc)   \
  void fn(const char* fmt, ...) {          \
    va_list ap;                            \
    va_start(ap, fmt);                     \
    raise_vfmt(exc, fmt, ap);              \
  }
SLOTPY_RAISE_SHORTHAND_(raise_type_error, Exc_TypeError)
SLOTPY_RAISE_SHORTHAND_(raise_value_error, Exc_ValueError)
SLOTPY_RAISE_SHORTHAND_(raise_index_error, Exc_IndexError)
SLOTPY_RAISE_SHORTHAND_(raise_overflow_error, Exc_OverflowError)
SLOTPY_RAISE_SHORTHAND_(raise_zero_division, Exc_ZeroDivisionError)
#undef SLOTPY_RAISE_SHORTHAND_

void raise_args(TypeObject* type, Object* const* args, size_t nargs) {
  raise(new_exception(type, args, nargs));
}

void raise_key_error(Object* key) { raise_args(Exc_KeyError, &key, 1); }

void raise_stop_iteration(Object* value) {
  if (!value || value == Py_None) raise(new_exception(Exc_StopIteration, nullptr, 0));
  raise_args(Exc_StopIteration, &value, 1);
}

void raise_memory_error() { raise(new_exception(Exc_MemoryError, nullptr, 0)); }

void raise_attribute_error(Object* obj, StrObject* name) {
  const char* n = str_utf8(name);
  Object* exc;
  char buf[600];
  if (is_type(obj)) {
    std::snprintf(buf, sizeof buf, "type object '%s' has no attribute '%s'",
                  static_cast<TypeObject*>(obj)->tp_name, n);
  } else if (type_of(obj) == &Module_Type) {
    Object* mname = dict_get_cstr(module_dict(obj), "__name__");
    if (mname && is_str(mname))
      std::snprintf(buf, sizeof buf, "module '%s' has no attribute '%s'",
                    str_utf8(static_cast<StrObject*>(mname)), n);
    else
      std::snprintf(buf, sizeof buf, "module has no attribute '%s'", n);
  } else {
    std::snprintf(buf, sizeof buf, "'%s' object has no attribute '%s'", type_name(obj), n);
  }
  exc = new_exception_msg(Exc_AttributeError, buf);
  auto* ae = static_cast<AttributeErrorObject*>(exc);
  ae->name = name;
  ae->obj = obj;
  raise(exc);
}

void raise_os_error(int err, Object* filename) {
  Object* args[3] = {make_small_int(err), str_from_cstr(std::strerror(err)), filename};
  raise_args(oserror_type_for_errno(err), args, filename ? 3 : 2);
}

bool exception_matches(Object* type) {
  Object* exc = g_current_exception;
  if (!exc) return false;
  // As CPython's PyErr_GivenExceptionMatches: a subclass test, no __instancecheck__.
  if (is_type(type)) return is_subtype(type_of(exc), static_cast<TypeObject*>(type));
  return is_instance(exc, type);
}

}  // namespace slotpy
