// Raising Python exceptions from C++.
//
// A Python exception travels through C++ code as a thrown `PyError` (an empty marker); the
// exception object itself is kept in the thread state (`current_exception()`), which the GC
// scans. Native code raises with `raise(exc)` or one of the formatting helpers and never returns.
// Code that must clean up or inspect catches `PyError&`, reads `current_exception()`, and either
// rethrows (`throw;`) or clears it with `clear_exception()`.
//
// Formatting: printf-style (%s, %d, %zd, %ld, %c, %x, %%). For Python objects in messages use
// `type_name(o)` or `repr_cstr(o)`.
#pragma once

#include <cstdarg>

#include "runtime/object.h"

namespace slotpy {

struct PyError {};

// The builtin exception hierarchy, defined once: X(Name, Base). Each gets a `TypeObject*`
// named `Exc_<Name>` (e.g. Exc_TypeError) and a builtin name.
#define SLOTPY_EXCEPTIONS(X)                                   \
  X(BaseException, nullptr)                                    \
  X(BaseExceptionGroup, BaseException)                         \
  X(GeneratorExit, BaseException)                              \
  X(KeyboardInterrupt, BaseException)                          \
  X(SystemExit, BaseException)                                 \
  X(Exception, BaseException)                                  \
  X(ArithmeticError, Exception)                                \
  X(FloatingPointError, ArithmeticError)                       \
  X(OverflowError, ArithmeticError)                            \
  X(ZeroDivisionError, ArithmeticError)                        \
  X(AssertionError, Exception)                                 \
  X(AttributeError, Exception)                                 \
  X(BufferError, Exception)                                    \
  X(EOFError, Exception)                                       \
  X(ExceptionGroup, Exception)                                 \
  X(ImportError, Exception)                                    \
  X(ModuleNotFoundError, ImportError)                          \
  X(LookupError, Exception)                                    \
  X(IndexError, LookupError)                                   \
  X(KeyError, LookupError)                                     \
  X(MemoryError, Exception)                                    \
  X(NameError, Exception)                                      \
  X(UnboundLocalError, NameError)                              \
  X(OSError, Exception)                                        \
  X(BlockingIOError, OSError)                                  \
  X(ChildProcessError, OSError)                                \
  X(ConnectionError, OSError)                                  \
  X(BrokenPipeError, ConnectionError)                          \
  X(ConnectionAbortedError, ConnectionError)                   \
  X(ConnectionRefusedError, ConnectionError)                   \
  X(ConnectionResetError, ConnectionError)                     \
  X(FileExistsError, OSError)                                  \
  X(FileNotFoundError, OSError)                                \
  X(InterruptedError, OSError)                                 \
  X(IsADirectoryError, OSError)                                \
  X(NotADirectoryError, OSError)                               \
  X(PermissionError, OSError)                                  \
  X(ProcessLookupError, OSError)                               \
  X(TimeoutError, OSError)                                     \
  X(ReferenceError, Exception)                                 \
  X(RuntimeError, Exception)                                   \
  X(NotImplementedError, RuntimeError)                         \
  X(RecursionError, RuntimeError)                              \
  X(StopAsyncIteration, Exception)                             \
  X(StopIteration, Exception)                                  \
  X(SyntaxError, Exception)                                    \
  X(IndentationError, SyntaxError)                             \
  X(TabError, IndentationError)                                \
  X(SystemError, Exception)                                    \
  X(TypeError, Exception)                                      \
  X(ValueError, Exception)                                     \
  X(UnicodeError, ValueError)                                  \
  X(UnicodeDecodeError, UnicodeError)                          \
  X(UnicodeEncodeError, UnicodeError)                          \
  X(UnicodeTranslateError, UnicodeError)                       \
  X(Warning, Exception)                                        \
  X(BytesWarning, Warning)                                     \
  X(DeprecationWarning, Warning)                               \
  X(EncodingWarning, Warning)                                  \
  X(FutureWarning, Warning)                                    \
  X(ImportWarning, Warning)                                    \
  X(PendingDeprecationWarning, Warning)                        \
  X(ResourceWarning, Warning)                                  \
  X(RuntimeWarning, Warning)                                   \
  X(SyntaxWarning, Warning)                                    \
  X(UnicodeWarning, Warning)                                   \
  X(UserWarning, Warning)

#define SLOTPY_DECLARE_EXC_(name, base) extern TypeObject* Exc_##name;
SLOTPY_EXCEPTIONS(SLOTPY_DECLARE_EXC_)
#undef SLOTPY_DECLARE_EXC_

// The exception being raised (nullptr if none).
Object* current_exception();
void set_current_exception(Object* exc);
void clear_exception();

// Raise an exception instance or class (a class is instantiated with no arguments).
[[noreturn]] void raise(Object* exc);
// Raise type(message) with a printf-formatted message.
[[noreturn]] void raise_fmt(TypeObject* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
[[noreturn]] void raise_vfmt(TypeObject* type, const char* fmt, va_list ap);
// Raise type(*args) with the given argument values.
[[noreturn]] void raise_args(TypeObject* type, Object* const* args, size_t nargs);
// Shorthands.
[[noreturn]] void raise_type_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raise_value_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raise_index_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raise_overflow_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raise_zero_division(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raise_key_error(Object* key);  // KeyError(key)
[[noreturn]] void raise_stop_iteration(Object* value);
[[noreturn]] void raise_memory_error();
// AttributeError with CPython's wording for the kind of object:
// "'X' object has no attribute 'n'", "type object 'C' has no attribute 'n'",
// "module 'm' has no attribute 'n'".
[[noreturn]] void raise_attribute_error(Object* obj, StrObject* name);
// OSError subclass chosen from errno (FileNotFoundError for ENOENT, ...), with filename if given.
[[noreturn]] void raise_os_error(int err, Object* filename = nullptr);

// True if the current exception is an instance of `type` (a class or tuple of classes).
bool exception_matches(Object* type);

// Create an exception instance: type(*args).
Object* new_exception(TypeObject* type, Object* const* args, size_t nargs);
Object* new_exception_msg(TypeObject* type, const char* message);

}  // namespace slotpy
