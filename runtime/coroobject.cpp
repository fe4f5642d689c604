// Coroutines (async def), their __await__ wrapper, async generators with their asend/athrow
// awaitables, and the helpers of the async opcodes (GET_AWAITABLE, GET_AITER, GET_ANEXT,
// BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP, SEND on foreign iterators).
//
// Coroutines and async generators are GeneratorObjects of their own types, run by the same
// machinery as generators (genobject.cpp / generator_resume). An async generator marks each
// value of a `yield` by wrapping it (ASYNC_GEN_WRAP) so that its asend()/athrow() awaitables can
// tell a yielded value (which finishes the awaitable with StopIteration(value)) from a value an
// inner `await` passes up to the event loop. The state machine follows CPython 3.11's genobject.c.
#include <cstddef>
#include <cstdio>
#include <string>

#include "runtime/args.h"
#include "runtime/codeobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/frame.h"
#include "runtime/frameobject.h"
#include "runtime/genobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Coroutine_Type;
TypeObject CoroWrapper_Type;
TypeObject AsyncGen_Type;
TypeObject AsyncGenASend_Type;
TypeObject AsyncGenAThrow_Type;
TypeObject AsyncGenWrappedValue_Type;

namespace {

struct CoroWrapperObject : Object {
  GeneratorObject* coro;
};

enum AwaitableState { kInit = 0, kIter = 1, kClosed = 2 };

struct ASendObject : Object {
  AsyncGenObject* gen;
  Object* sendval;
  int state;
};

struct AThrowObject : Object {
  AsyncGenObject* gen;
  Object* typ;  // nullptr: aclose()
  Object* val;
  Object* tb;
  int state;
};

struct WrappedValueObject : Object {
  Object* value;
};

GeneratorObject* as_gen(Object* o) { return static_cast<GeneratorObject*>(o); }
AsyncGenObject* as_agen(Object* o) { return static_cast<AsyncGenObject*>(o); }

// Looks `name` up on the type of o and binds it; nullptr when missing.
Object* special(Object* o, const char* name) {
  StrObject* n = intern(name);
  Object* f = type_lookup(type_of(o), n);
  if (!f) return nullptr;
  if (DescrGetFn g = type_of(f)->tp_descr_get) f = g(f, o, type_of(o));
  return f;
}

// Raises StopIteration(value) for a finished awaitable's send()/__next__.
[[noreturn]] void stop_with(Object* ret) { raise_stop_iteration(ret); }

bool matches(TypeObject* t) { return exception_matches(t); }

// ---- shared getters ---------------------------------------------------------------------------
Object* g_get_name(Object* self) { return as_gen(self)->name; }
void g_set_name(Object* self, Object* v) {
  if (!v || !is_str(v)) raise_type_error("__name__ must be set to a string object");
  as_gen(self)->name = static_cast<StrObject*>(v);
}
Object* g_get_qualname(Object* self) { return as_gen(self)->qualname; }
void g_set_qualname(Object* self, Object* v) {
  if (!v || !is_str(v)) raise_type_error("__qualname__ must be set to a string object");
  as_gen(self)->qualname = static_cast<StrObject*>(v);
}
Object* g_get_code(Object* self) { return as_gen(self)->code; }
Object* g_get_await(Object* self) {
  Object* sub = gen_yield_from(as_gen(self));
  return sub ? sub : Py_None;
}
Object* g_get_frame(Object* self) { return generator_frame(as_gen(self)); }
Object* g_get_suspended(Object* self) {
  GeneratorObject* g = as_gen(self);
  return py_bool(g->frame && g->frame->lasti >= 0 && !g->running);
}
Object* g_get_none(Object*) { return Py_None; }

Object* g_repr(Object* self, const char* kind) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self));
  std::string s = "<";
  s += kind;
  s += " object ";
  s += str_utf8(as_gen(self)->qualname);
  s += buf;
  return str_from(s);
}

// ---- coroutine -------------------------------------------------------------------------------
Object* coro_send_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("send", kwnames);
  if (nargs != 1)
    raise_type_error("coroutine.send() takes exactly one argument (%zu given)", nargs);
  Object* ret = nullptr;
  Object* r = gen_send_ret(as_gen(self), args[0], &ret);
  if (r) return r;
  stop_with(ret);
}

Object* throw_args(Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("throw", kwnames);
  check_nargs("throw", nargs, 1, 3);
  return gen_make_thrown(args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
}

Object* coro_throw_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* exc = throw_args(args, nargs, kwnames);
  Object* ret = nullptr;
  Object* r = gen_throw_ret(as_gen(self), exc, &ret);
  if (r) return r;
  stop_with(ret);
}

Object* coro_close_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("close", kwnames);
  check_nargs("close", nargs, 0, 0);
  gen_close(as_gen(self));
  return Py_None;
}

Object* coro_await_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__await__", kwnames);
  check_nargs("__await__", nargs, 0, 0);
  auto* w = alloc_object<CoroWrapperObject>(&CoroWrapper_Type);
  w->coro = as_gen(self);
  return w;
}

Object* coro_repr(Object* self) { return g_repr(self, "coroutine"); }

Object* coro_get_running(Object* self) { return py_bool(as_gen(self)->running); }

const MethodDef coro_methods[] = {
    {"send", coro_send_m, METH_DEFAULT,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", coro_throw_m, METH_DEFAULT,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next "
     "iterated value or raise\nStopIteration."},
    {"close", coro_close_m, METH_DEFAULT, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_await_m, METH_DEFAULT, "Return an iterator to be used in await expression."},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef coro_getset[] = {
    {"__name__", g_get_name, g_set_name, "name of the coroutine"},
    {"__qualname__", g_get_qualname, g_set_qualname, "qualified name of the coroutine"},
    {"cr_await", g_get_await, nullptr, "object being awaited on, or None"},
    {"cr_running", coro_get_running, nullptr, nullptr},
    {"cr_frame", g_get_frame, nullptr, nullptr},
    {"cr_code", g_get_code, nullptr, nullptr},
    {"cr_suspended", g_get_suspended, nullptr, nullptr},
    {"cr_origin", g_get_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- coroutine_wrapper (coro.__await__()) -----------------------------------------------------
GeneratorObject* wrapped(Object* self) { return static_cast<CoroWrapperObject*>(self)->coro; }

Object* cw_send_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return coro_send_m(wrapped(self), args, nargs, kwnames);
}
Object* cw_throw_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return coro_throw_m(wrapped(self), args, nargs, kwnames);
}
Object* cw_close_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return coro_close_m(wrapped(self), args, nargs, kwnames);
}
Object* cw_next_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__next__", kwnames);
  check_nargs("__next__", nargs, 0, 0);
  Object* ret = nullptr;
  Object* r = gen_send_ret(wrapped(self), Py_None, &ret);
  if (r) return r;
  stop_with(ret);
}
Object* cw_iternext(Object* self) {
  Object* ret = nullptr;
  Object* r = gen_send_ret(wrapped(self), Py_None, &ret);
  if (r) return r;
  if (ret && ret != Py_None) stop_with(ret);
  return nullptr;
}
Object* self_iter(Object* self) { return self; }

const MethodDef cw_methods[] = {
    {"send", cw_send_m, METH_DEFAULT, nullptr},
    {"throw", cw_throw_m, METH_DEFAULT, nullptr},
    {"close", cw_close_m, METH_DEFAULT, nullptr},
    {"__next__", cw_next_m, METH_DEFAULT, "Implement next(self)."},
    {nullptr, nullptr, 0, nullptr}};

// ---- async generator ------------------------------------------------------------------------
// A finished asend/athrow step: the generator returned (StopAsyncIteration) or raised.
Object* unwrap_value(AsyncGenObject* gen, Object* r, Object** ret) {
  if (!r) {  // returned
    gen->closed = true;
    gen->running_async = false;
    raise(new_exception(Exc_StopAsyncIteration, nullptr, 0));
  }
  if (type_of(r) == &AsyncGenWrappedValue_Type) {  // a `yield`
    gen->running_async = false;
    *ret = static_cast<WrappedValueObject*>(r)->value;
    return nullptr;
  }
  return r;  // passed up by an inner await
}

void unwrap_error(AsyncGenObject* gen) {
  if (matches(Exc_StopAsyncIteration) || matches(Exc_GeneratorExit)) gen->closed = true;
  gen->running_async = false;
}

Object* make_asend(AsyncGenObject* gen, Object* v) {
  auto* o = alloc_object<ASendObject>(&AsyncGenASend_Type);
  o->gen = gen;
  o->sendval = v;
  o->state = kInit;
  return o;
}

Object* ag_aiter_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__aiter__", kwnames);
  check_nargs("__aiter__", nargs, 0, 0);
  return self;
}
Object* ag_anext_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__anext__", kwnames);
  if (nargs) raise_type_error("expected 0 arguments, got %zu", nargs);
  return make_asend(as_agen(self), Py_None);
}
Object* ag_asend_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("asend", kwnames);
  if (nargs != 1)
    raise_type_error("async_generator.asend() takes exactly one argument (%zu given)", nargs);
  return make_asend(as_agen(self), args[0]);
}
Object* ag_athrow_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("athrow", kwnames);
  check_nargs("athrow", nargs, 1, 3);
  auto* o = alloc_object<AThrowObject>(&AsyncGenAThrow_Type);
  o->gen = as_agen(self);
  o->typ = args[0];
  o->val = nargs > 1 ? args[1] : nullptr;
  o->tb = nargs > 2 ? args[2] : nullptr;
  o->state = kInit;
  return o;
}
Object* ag_aclose_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("aclose", kwnames);
  if (nargs) raise_type_error("async_generator.aclose() takes no arguments (%zu given)", nargs);
  auto* o = alloc_object<AThrowObject>(&AsyncGenAThrow_Type);
  o->gen = as_agen(self);
  o->state = kInit;
  return o;
}
Object* ag_repr(Object* self) { return g_repr(self, "async_generator"); }
Object* ag_get_running(Object* self) { return py_bool(as_agen(self)->running_async); }

const MethodDef ag_methods[] = {
    {"__aiter__", ag_aiter_m, METH_DEFAULT, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", ag_anext_m, METH_DEFAULT, "Return a value or raise StopAsyncIteration."},
    {"asend", ag_asend_m, METH_DEFAULT, "asend(v) -> send 'v' in generator."},
    {"athrow", ag_athrow_m, METH_DEFAULT, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", ag_aclose_m, METH_DEFAULT, "aclose() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef ag_getset[] = {
    {"__name__", g_get_name, g_set_name, "name of the async generator"},
    {"__qualname__", g_get_qualname, g_set_qualname, "qualified name of the async generator"},
    {"ag_await", g_get_await, nullptr, "object being awaited on, or None"},
    {"ag_running", ag_get_running, nullptr, nullptr},
    {"ag_frame", g_get_frame, nullptr, nullptr},
    {"ag_code", g_get_code, nullptr, nullptr},
    {"ag_suspended", g_get_suspended, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- async_generator_asend ------------------------------------------------------------------
Object* asend_send(ASendObject* o, Object* arg, Object** ret) {
  if (o->state == kClosed)
    raise_fmt(Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  AsyncGenObject* gen = o->gen;
  if (o->state == kInit) {
    if (gen->running_async)
      raise_fmt(Exc_RuntimeError, "anext(): asynchronous generator is already running");
    if (!arg || arg == Py_None) arg = o->sendval;
    o->state = kIter;
  }
  gen->running_async = true;
  Object* r;
  Object* gret = nullptr;
  try {
    r = gen_send_ret(gen, arg, &gret);
    r = unwrap_value(gen, r, ret);
  } catch (PyError&) {
    unwrap_error(gen);
    o->state = kClosed;
    throw;
  }
  if (!r) o->state = kClosed;
  return r;
}

Object* asend_throw(ASendObject* o, Object* exc, Object** ret) {
  if (o->state == kClosed)
    raise_fmt(Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  AsyncGenObject* gen = o->gen;
  Object* r;
  Object* gret = nullptr;
  try {
    r = gen_throw_ret(gen, exc, &gret);
    r = unwrap_value(gen, r, ret);
  } catch (PyError&) {
    unwrap_error(gen);
    o->state = kClosed;
    throw;
  }
  if (!r) o->state = kClosed;
  return r;
}

ASendObject* as_asend(Object* o) { return static_cast<ASendObject*>(o); }

Object* asend_send_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("send", kwnames);
  check_nargs("send", nargs, 1, 1);
  Object* ret = nullptr;
  Object* r = asend_send(as_asend(self), args[0], &ret);
  if (r) return r;
  stop_with(ret);
}
Object* asend_next_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__next__", kwnames);
  check_nargs("__next__", nargs, 0, 0);
  Object* ret = nullptr;
  Object* r = asend_send(as_asend(self), nullptr, &ret);
  if (r) return r;
  stop_with(ret);
}
Object* asend_iternext(Object* self) {
  Object* ret = nullptr;
  Object* r = asend_send(as_asend(self), nullptr, &ret);
  if (r) return r;
  if (ret && ret != Py_None) stop_with(ret);
  return nullptr;
}
Object* asend_throw_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* exc = throw_args(args, nargs, kwnames);
  Object* ret = nullptr;
  Object* r = asend_throw(as_asend(self), exc, &ret);
  if (r) return r;
  stop_with(ret);
}
Object* asend_close_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("close", kwnames);
  check_nargs("close", nargs, 0, 0);
  as_asend(self)->state = kClosed;
  return Py_None;
}
Object* self_await_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__await__", kwnames);
  check_nargs("__await__", nargs, 0, 0);
  return self;
}

const MethodDef asend_methods[] = {
    {"send", asend_send_m, METH_DEFAULT, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", asend_throw_m, METH_DEFAULT, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", asend_close_m, METH_DEFAULT, "close() -> raise GeneratorExit inside generator."},
    {"__next__", asend_next_m, METH_DEFAULT, "Implement next(self)."},
    {"__await__", self_await_m, METH_DEFAULT, "Return an iterator to be used in await expression."},
    {nullptr, nullptr, 0, nullptr}};

// ---- async_generator_athrow (athrow() and aclose()) ------------------------------------------
AThrowObject* as_athrow(Object* o) { return static_cast<AThrowObject*>(o); }

// The end of an athrow/aclose step that raised: aclose() turns StopAsyncIteration and
// GeneratorExit into its own StopIteration (nullptr, *ret None).
Object* athrow_check_error(AThrowObject* o, Object** ret) {
  o->gen->running_async = false;
  o->state = kClosed;
  if (!o->typ && (matches(Exc_StopAsyncIteration) || matches(Exc_GeneratorExit))) {
    clear_exception();
    *ret = Py_None;
    return nullptr;
  }
  throw PyError{};
}

[[noreturn]] void athrow_yield_close(AThrowObject* o) {
  o->gen->running_async = false;
  o->state = kClosed;
  raise_fmt(Exc_RuntimeError, "async generator ignored GeneratorExit");
}

Object* athrow_send(AThrowObject* o, Object* arg, Object** ret) {
  AsyncGenObject* gen = o->gen;
  if (o->state == kClosed)
    raise_fmt(Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (!gen->frame) {
    o->state = kClosed;
    *ret = Py_None;
    return nullptr;
  }
  if (!arg) arg = Py_None;
  Object* gret = nullptr;
  Object* r;
  if (o->state == kInit) {
    if (gen->running_async) {
      o->state = kClosed;
      raise_fmt(Exc_RuntimeError, o->typ ? "athrow(): asynchronous generator is already running"
                                         : "aclose(): asynchronous generator is already running");
    }
    if (gen->closed) {
      o->state = kClosed;
      raise(new_exception(Exc_StopAsyncIteration, nullptr, 0));
    }
    if (arg != Py_None)
      raise_fmt(Exc_RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = kIter;
    gen->running_async = true;
    if (!o->typ) {
      gen->closed = true;
      try {
        r = gen_throw_ret(gen, new_exception(Exc_GeneratorExit, nullptr, 0), &gret);
      } catch (PyError&) {
        return athrow_check_error(o, ret);
      }
      if (!r) {  // returned: as StopAsyncIteration
        o->gen->running_async = false;
        o->state = kClosed;
        *ret = Py_None;
        return nullptr;
      }
      if (type_of(r) == &AsyncGenWrappedValue_Type) athrow_yield_close(o);
      return r;
    }
    Object* exc = gen_make_thrown(o->typ, o->val, o->tb);
    try {
      r = gen_throw_ret(gen, exc, &gret);
      r = unwrap_value(gen, r, ret);
    } catch (PyError&) {
      unwrap_error(gen);
      return athrow_check_error(o, ret);
    }
    if (!r) {
      gen->running_async = false;
      o->state = kClosed;
    }
    return r;
  }
  // kIter
  if (o->typ) {
    try {
      r = gen_send_ret(gen, arg, &gret);
      return unwrap_value(gen, r, ret);
    } catch (PyError&) {
      unwrap_error(gen);
      throw;
    }
  }
  try {
    r = gen_send_ret(gen, arg, &gret);
  } catch (PyError&) {
    return athrow_check_error(o, ret);
  }
  if (!r) {
    o->gen->running_async = false;
    o->state = kClosed;
    *ret = Py_None;
    return nullptr;
  }
  if (type_of(r) == &AsyncGenWrappedValue_Type) athrow_yield_close(o);
  return r;
}

Object* athrow_throw(AThrowObject* o, Object* exc, Object** ret) {
  if (o->state == kClosed)
    raise_fmt(Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  AsyncGenObject* gen = o->gen;
  Object* gret = nullptr;
  Object* r;
  if (o->typ) {
    try {
      r = gen_throw_ret(gen, exc, &gret);
      return unwrap_value(gen, r, ret);
    } catch (PyError&) {
      unwrap_error(gen);
      throw;
    }
  }
  try {
    r = gen_throw_ret(gen, exc, &gret);
  } catch (PyError&) {
    if (matches(Exc_StopAsyncIteration) || matches(Exc_GeneratorExit)) {
      clear_exception();
      *ret = Py_None;
      return nullptr;
    }
    throw;
  }
  if (!r) {
    *ret = Py_None;
    return nullptr;
  }
  if (type_of(r) == &AsyncGenWrappedValue_Type) athrow_yield_close(o);
  return r;
}

Object* athrow_send_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("send", kwnames);
  check_nargs("send", nargs, 1, 1);
  Object* ret = nullptr;
  Object* r = athrow_send(as_athrow(self), args[0], &ret);
  if (r) return r;
  stop_with(ret);
}
Object* athrow_next_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__next__", kwnames);
  check_nargs("__next__", nargs, 0, 0);
  Object* ret = nullptr;
  Object* r = athrow_send(as_athrow(self), Py_None, &ret);
  if (r) return r;
  stop_with(ret);
}
Object* athrow_iternext(Object* self) {
  Object* ret = nullptr;
  Object* r = athrow_send(as_athrow(self), Py_None, &ret);
  if (r) return r;
  if (ret && ret != Py_None) stop_with(ret);
  return nullptr;
}
Object* athrow_throw_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* exc = throw_args(args, nargs, kwnames);
  Object* ret = nullptr;
  Object* r = athrow_throw(as_athrow(self), exc, &ret);
  if (r) return r;
  stop_with(ret);
}
Object* athrow_close_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("close", kwnames);
  check_nargs("close", nargs, 0, 0);
  as_athrow(self)->state = kClosed;
  return Py_None;
}

const MethodDef athrow_methods[] = {
    {"send", athrow_send_m, METH_DEFAULT, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", athrow_throw_m, METH_DEFAULT, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", athrow_close_m, METH_DEFAULT, "close() -> raise GeneratorExit inside generator."},
    {"__next__", athrow_next_m, METH_DEFAULT, "Implement next(self)."},
    {"__await__", self_await_m, METH_DEFAULT, "Return an iterator to be used in await expression."},
    {nullptr, nullptr, 0, nullptr}};


bool is_iterable_coroutine(Object* o) {
  return type_of(o) == &Generator_Type && (as_gen(o)->code->flags & CO_ITERABLE_COROUTINE);
}

}  // namespace

// ---- opcode helpers ----------------------------------------------------------------------------
const char* coro_just_started_msg(uint32_t flags) {
  if (flags & CO_COROUTINE) return "can't send non-None value to a just-started coroutine";
  if (flags & CO_ASYNC_GENERATOR) return "can't send non-None value to a just-started async generator";
  return "can't send non-None value to a just-started generator";
}

Object* coro_get_awaitable(Object* o, int where) {
  TypeObject* t = type_of(o);
  if (t == &Coroutine_Type) {
    if (gen_yield_from(as_gen(o))) raise_fmt(Exc_RuntimeError, "coroutine is being awaited already");
    return o;
  }
  if (is_iterable_coroutine(o)) return o;
  Object* f = special(o, "__await__");
  if (!f) {
    if (where == 1)
      raise_type_error("'async with' received an object from __aenter__ that does not implement __await__: %.100s",
                       t->tp_name);
    if (where == 2)
      raise_type_error("'async with' received an object from __aexit__ that does not implement __await__: %.100s",
                       t->tp_name);
    raise_type_error("object %.100s can't be used in 'await' expression", t->tp_name);
  }
  Object* res = call0(f);
  if (type_of(res) == &Coroutine_Type || is_iterable_coroutine(res))
    raise_type_error("__await__() returned a coroutine");
  if (!type_of(res)->tp_iternext)
    raise_type_error("__await__() returned non-iterator of type '%.100s'", type_name(res));
  return res;
}

Object* coro_get_aiter(Object* o) {
  if (type_of(o) == &AsyncGen_Type) return o;
  Object* f = special(o, "__aiter__");
  if (!f)
    raise_type_error("'async for' requires an object with __aiter__ method, got %.100s", type_name(o));
  Object* it = call0(f);
  if (!type_lookup(type_of(it), intern("__anext__")))
    raise_type_error("'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                     type_name(it));
  return it;
}

Object* coro_get_anext(Object* aiter) {
  if (type_of(aiter) == &AsyncGen_Type) return make_asend(as_agen(aiter), Py_None);
  Object* f = special(aiter, "__anext__");
  if (!f)
    raise_type_error("'async for' requires an iterator with __anext__ method, got %.100s",
                     type_name(aiter));
  Object* next = call0(f);
  try {
    return coro_get_awaitable(next, 0);
  } catch (PyError&) {
    Object* cause = current_exception();
    clear_exception();
    Object* e = new_exception_msg(
        Exc_TypeError,
        ("'async for' received an invalid object from __anext__: " + std::string(type_name(next)))
            .c_str());
    as_exc(e)->cause = cause;
    as_exc(e)->context = cause;
    as_exc(e)->suppress_context = true;
    raise(e);
  }
}

Object** coro_before_async_with(Object** sp) {
  Object* mgr = sp[-1];
  Object* enter = special(mgr, "__aenter__");
  if (!enter)
    raise_type_error("'%.200s' object does not support the asynchronous context manager protocol",
                     type_name(mgr));
  Object* exit = special(mgr, "__aexit__");
  if (!exit)
    raise_type_error("'%.200s' object does not support the asynchronous context manager protocol "
                     "(missed __aexit__ method)",
                     type_name(mgr));
  Object* res = call0(enter);
  sp[-1] = exit;
  *sp++ = res;
  return sp;
}

Object* async_gen_wrap(Object* v) {
  auto* w = alloc_object<WrappedValueObject>(&AsyncGenWrappedValue_Type);
  w->value = v;
  return w;
}

Object* coro_send_other(Object* recv, Object* v, Object** ret) {
  TypeObject* t = type_of(recv);
  if (t == &CoroWrapper_Type) return gen_send_ret(wrapped(recv), v, ret);
  if (t == &AsyncGenASend_Type) return asend_send(as_asend(recv), v, ret);
  if (t == &AsyncGenAThrow_Type) return athrow_send(as_athrow(recv), v, ret);
  if (v == Py_None && !type_has(t, TPFLAGS_HEAPTYPE)) {
    Object* r = iter_next(recv);
    if (!r) *ret = Py_None;
    return r;
  }
  try {
    if (v == Py_None) return call_method_cstr(recv, "__next__", nullptr, 0);
    return call_method_cstr(recv, "send", &v, 1);
  } catch (PyError&) {
    if (!exception_matches(Exc_StopIteration)) throw;
    Object* e = current_exception();
    clear_exception();
    Object* val = static_cast<StopIterationObject*>(e)->value;
    *ret = val ? val : Py_None;
    return nullptr;
  }
}

void init_coro_types() {
  Generator_Type.tp_flags |= TPFLAGS_DISALLOW_INSTANTIATION;
  TypeObject* t = &Coroutine_Type;
  t->tp_name = "coroutine";
  t->tp_basicsize = sizeof(GeneratorObject);
  t->tp_weaklistoffset = offsetof(GeneratorObject, weaklist);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_repr = coro_repr;
  t->tp_methods = coro_methods;
  t->tp_getset = coro_getset;

  t = &CoroWrapper_Type;
  t->tp_name = "coroutine_wrapper";
  t->tp_basicsize = sizeof(CoroWrapperObject);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_iter = self_iter;
  t->tp_iternext = cw_iternext;
  t->tp_methods = cw_methods;

  t = &AsyncGen_Type;
  t->tp_name = "async_generator";
  t->tp_basicsize = sizeof(AsyncGenObject);
  t->tp_weaklistoffset = offsetof(GeneratorObject, weaklist);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_repr = ag_repr;
  t->tp_methods = ag_methods;
  t->tp_getset = ag_getset;

  t = &AsyncGenASend_Type;
  t->tp_name = "async_generator_asend";
  t->tp_basicsize = sizeof(ASendObject);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_iter = self_iter;
  t->tp_iternext = asend_iternext;
  t->tp_methods = asend_methods;

  t = &AsyncGenAThrow_Type;
  t->tp_name = "async_generator_athrow";
  t->tp_basicsize = sizeof(AThrowObject);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_iter = self_iter;
  t->tp_iternext = athrow_iternext;
  t->tp_methods = athrow_methods;

  t = &AsyncGenWrappedValue_Type;
  t->tp_name = "async_generator_wrapped_value";
  t->tp_basicsize = sizeof(WrappedValueObject);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
}

}  // namespace slotpy
