// Generator objects: send / throw / close / iteration.
//
// The frame of a suspended generator stops right after a YIELD_VALUE. When that YIELD_VALUE
// belongs to a `yield from` (the instruction before it is SEND), the subiterator sits on top of
// the frame's value stack: gen.throw() and gen.close() are passed on to it first, as CPython does.
#include "runtime/genobject.h"

#include <cstddef>
#include <cstdio>

#include "runtime/args.h"
#include "runtime/codeobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/frame.h"
#include "runtime/frameobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Generator_Type;

Object* generator_frame(GeneratorObject* gen) {
  Frame* f = gen->frame;
  if (!f) return Py_None;
  int line = f->lasti < 0 ? f->code->firstlineno : code_line_of(f->code, f->lasti);
  auto* s = static_cast<FrameSnapshotObject*>(frame_snapshot_new(f->code, line, f->lasti));
  s->globals = f->globals;
  s->builtins = f->builtins;
  s->locals = frame_locals(f);
  return s;
}

namespace {

GeneratorObject* as_gen(Object* o) { return static_cast<GeneratorObject*>(o); }

// Resumes gen; returns the yielded value, or nullptr with *ret set when it returned.
[[noreturn]] void raise_running(GeneratorObject* gen) {
  raise_value_error("%s already executing", gen_kind(gen));
}

Object* resume(GeneratorObject* gen, Object* value, bool throwing, Object** ret) {
  if (gen->running) raise_running(gen);
  if (!gen->frame) {
    if (type_of(gen) == &Coroutine_Type)
      raise_fmt(Exc_RuntimeError, "cannot reuse already awaited coroutine");
    if (throwing) raise(value);
    *ret = Py_None;
    return nullptr;
  }
  if (!throwing && gen->frame->lasti < 0 && value && value != Py_None)
    raise_type_error("%s", coro_just_started_msg(gen->code->flags));
  if (throwing && gen->frame->lasti < 0) {
    // Thrown into a generator that never started: it finishes at once, no handler of its
    // body applies.
    gen->frame = nullptr;
    raise(value);
  }
  return generator_resume(gen, value, throwing, ret);
}

// The subiterator of the `yield from` gen is suspended in, or nullptr.
Object* yield_from_target(GeneratorObject* gen) {
  Frame* f = gen->frame;
  if (!f || f->lasti < 1) return nullptr;
  const uint32_t* code = f->code->code;
  if (instr_op(code[f->lasti]) != OP_YIELD_VALUE || instr_op(code[f->lasti - 1]) != OP_SEND)
    return nullptr;
  return f->sp[-1];
}

// The subiterator finished with `value`: drop it from gen's stack and resume gen after the SEND
// loop with value as the result of the `yield from` expression.
Object* finish_yield_from(GeneratorObject* gen, Object* value, Object** ret) {
  Frame* f = gen->frame;
  uint32_t send = f->code->code[f->lasti - 1];
  f->sp -= 1;
  f->lasti = static_cast<int32_t>(instr_arg(send)) - 1;
  return generator_resume(gen, value, false, ret);
}

Object* throw_impl(GeneratorObject* gen, Object* exc, Object** ret);

// Calls sub.close() if it has one (errors propagate).
void close_subiterator(Object* sub) {
  if (is_gen_or_coro(sub)) {
    gen_close(as_gen(sub));
    return;
  }
  static StrObject* close_name = intern("close");
  Object* m = get_attr_or_null(sub, close_name);
  if (m) call0(m);
}

Object* throw_impl(GeneratorObject* gen, Object* exc, Object** ret) {
  if (gen->running) raise_running(gen);
  if (Object* sub = yield_from_target(gen)) {
    if (type_of(exc) == Exc_GeneratorExit ||
        is_subtype(type_of(exc), Exc_GeneratorExit)) {
      gen->running = true;
      try {
        close_subiterator(sub);
      } catch (PyError&) {
        gen->running = false;
        Object* e = current_exception();
        clear_exception();
        return generator_resume(gen, e, true, ret);
      }
      gen->running = false;
      return generator_resume(gen, exc, true, ret);
    }
    Object* r = nullptr;
    gen->running = true;
    try {
      if (is_gen_or_coro(sub)) {
        Object* sub_ret = nullptr;
        r = throw_impl(as_gen(sub), exc, &sub_ret);
        if (!r) {
          gen->running = false;
          return finish_yield_from(gen, sub_ret, ret);
        }
      } else {
        static StrObject* throw_name = intern("throw");
        Object* m = get_attr_or_null(sub, throw_name);
        if (!m) {
          gen->running = false;
          return generator_resume(gen, exc, true, ret);
        }
        Object* tb = as_exc(exc)->traceback;
        Object* args[3] = {type_of(exc), exc, tb ? static_cast<Object*>(tb) : Py_None};
        r = call(m, args, 3);
      }
    } catch (PyError&) {
      gen->running = false;
      Object* e = current_exception();
      clear_exception();
      if (is_exception(e) && is_subtype(type_of(e), Exc_StopIteration)) {
        Object* v = static_cast<StopIterationObject*>(e)->value;
        return finish_yield_from(gen, v ? v : Py_None, ret);
      }
      return generator_resume(gen, e, true, ret);
    }
    gen->running = false;
    return r;
  }
  return resume(gen, exc, true, ret);
}

// Builds the exception instance for throw(type[, value[, tb]]).
Object* make_thrown(Object* typ, Object* val, Object* tb) {
  if (tb && tb != Py_None && type_of(tb) != &Traceback_Type)
    raise_type_error("throw() third argument must be a traceback object");
  Object* exc;
  if (is_type(typ) && is_subtype(static_cast<TypeObject*>(typ), Exc_BaseException)) {
    auto* t = static_cast<TypeObject*>(typ);
    if (val && is_exception(val) && is_subtype(type_of(val), t)) {
      exc = val;
    } else if (!val || val == Py_None) {
      exc = call0(t);
    } else if (is_tuple(val)) {
      auto* tup = static_cast<TupleObject*>(val);
      exc = call(t, tup->items, static_cast<size_t>(tup->ob_size));
    } else {
      exc = call1(t, val);
    }
    if (!is_exception(exc))
      raise_type_error("calling %s should have returned an instance of BaseException, not %s",
                       repr_cstr(typ), type_name(exc));
  } else if (is_exception(typ)) {
    if (val && val != Py_None)
      raise_type_error("instance exception may not have a separate value");
    exc = typ;
  } else {
    raise_type_error("exceptions must be classes or instances deriving from BaseException, not %s",
                     type_name(typ));
  }
  if (tb && tb != Py_None) as_exc(exc)->traceback = static_cast<TracebackObject*>(tb);
  return exc;
}

// ---- methods -------------------------------------------------------------------------------
Object* gen_send_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("send", kwnames);
  if (nargs != 1)
    raise_type_error("generator.send() takes exactly one argument (%zu given)", nargs);
  return gen_send(as_gen(self), args[0]);
}

Object* gen_throw_m(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("throw", kwnames);
  check_nargs("throw", nargs, 1, 3);
  Object* exc = make_thrown(args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
  return gen_throw(as_gen(self), exc);
}

Object* gen_close_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("close", kwnames);
  check_nargs("close", nargs, 0, 0);
  gen_close(as_gen(self));
  return Py_None;
}

Object* gen_next_m(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__next__", kwnames);
  check_nargs("__next__", nargs, 0, 0);
  return gen_send(as_gen(self), Py_None);
}

Object* gen_iternext(Object* self) {
  Object* ret = nullptr;
  Object* r = resume(as_gen(self), Py_None, false, &ret);
  return r;  // nullptr: exhausted (the return value only matters to send()/next())
}

Object* gen_iter(Object* self) { return self; }

Object* gen_repr(Object* self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self));
  std::string s = "<generator object ";
  s += str_utf8(as_gen(self)->qualname);
  s += buf;
  return str_from(s);
}

Object* gen_get_name(Object* self) { return as_gen(self)->name; }
void gen_set_name(Object* self, Object* v) {
  if (!v || !is_str(v)) raise_type_error("__name__ must be set to a string object");
  as_gen(self)->name = static_cast<StrObject*>(v);
}
Object* gen_get_qualname(Object* self) { return as_gen(self)->qualname; }
void gen_set_qualname(Object* self, Object* v) {
  if (!v || !is_str(v)) raise_type_error("__qualname__ must be set to a string object");
  as_gen(self)->qualname = static_cast<StrObject*>(v);
}
Object* gen_get_running(Object* self) { return as_gen(self)->running ? Py_True : Py_False; }
Object* gen_get_code(Object* self) { return as_gen(self)->code; }
Object* gen_get_yieldfrom(Object* self) {
  Object* sub = yield_from_target(as_gen(self));
  return sub ? sub : Py_None;
}
Object* gen_get_suspended(Object* self) {
  GeneratorObject* g = as_gen(self);
  return g->frame && g->frame->lasti >= 0 && !g->running ? Py_True : Py_False;
}

const MethodDef gen_methods[] = {
    {"send", gen_send_m, METH_DEFAULT,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw_m, METH_DEFAULT,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded "
     "value or raise\nStopIteration."},
    {"close", gen_close_m, METH_DEFAULT, "close() -> raise GeneratorExit inside generator."},
    {"__next__", gen_next_m, METH_DEFAULT, "Implement next(self)."},
    {nullptr, nullptr, 0, nullptr}};

Object* gen_get_frame(Object* self) { return generator_frame(static_cast<GeneratorObject*>(self)); }

const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, "name of the generator"},
    {"__qualname__", gen_get_qualname, gen_set_qualname, "qualified name of the generator"},
    {"gi_running", gen_get_running, nullptr, nullptr},
    {"gi_code", gen_get_code, nullptr, nullptr},
    {"gi_frame", gen_get_frame, nullptr, nullptr},
    {"gi_yieldfrom", gen_get_yieldfrom, nullptr, "object being iterated by yield from, or None"},
    {"gi_suspended", gen_get_suspended, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

Object* gen_send(GeneratorObject* gen, Object* value) {
  Object* ret = nullptr;
  Object* r = resume(gen, value, false, &ret);
  if (r) return r;
  raise_stop_iteration(ret);
}

Object* gen_throw(GeneratorObject* gen, Object* exc) {
  Object* ret = nullptr;
  Object* r = throw_impl(gen, exc, &ret);
  if (r) return r;
  raise_stop_iteration(ret);
}

void gen_close(GeneratorObject* gen) {
  if (!gen->frame) return;
  if (gen->frame->lasti < 0 && !gen->running) {  // never started: nothing to unwind
    gen->frame = nullptr;
    return;
  }
  Object* exc = new_exception(Exc_GeneratorExit, nullptr, 0);
  Object* ret = nullptr;
  Object* r;
  try {
    r = throw_impl(gen, exc, &ret);
  } catch (PyError&) {
    if (exception_matches(Exc_GeneratorExit) || exception_matches(Exc_StopIteration)) {
      clear_exception();
      return;
    }
    throw;
  }
  if (r) raise_fmt(Exc_RuntimeError, "%s ignored GeneratorExit", gen_kind(gen));
}

Object* gen_send_ret(GeneratorObject* gen, Object* value, Object** ret) {
  return resume(gen, value, false, ret);
}

Object* gen_throw_ret(GeneratorObject* gen, Object* exc, Object** ret) {
  return throw_impl(gen, exc, ret);
}

const char* gen_kind(const GeneratorObject* gen) {
  if (gen->ob_type == &Coroutine_Type) return "coroutine";
  if (gen->ob_type == &AsyncGen_Type) return "async generator";
  return "generator";
}

Object* gen_yield_from(GeneratorObject* gen) { return yield_from_target(gen); }

Object* gen_make_thrown(Object* typ, Object* val, Object* tb) { return make_thrown(typ, val, tb); }

GeneratorObject* gen_alloc_for(uint32_t flags) {
  if (flags & CO_COROUTINE) return alloc_object<GeneratorObject>(&Coroutine_Type);
  if (flags & CO_ASYNC_GENERATOR) {
    return alloc_object<AsyncGenObject>(&AsyncGen_Type);
  }
  return alloc_object<GeneratorObject>(&Generator_Type);
}

void init_generator_type() {
  TypeObject* t = &Generator_Type;
  t->tp_name = "generator";
  t->tp_basicsize = sizeof(GeneratorObject);
  t->tp_weaklistoffset = offsetof(GeneratorObject, weaklist);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_iter = gen_iter;
  t->tp_iternext = gen_iternext;
  t->tp_repr = gen_repr;
  t->tp_methods = gen_methods;
  t->tp_getset = gen_getset;
  init_coro_types();
}

}  // namespace slotpy
