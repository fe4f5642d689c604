// Generator objects: what calling a generator function returns (the frame lives in the heap,
// suspended at a YIELD_VALUE between resumptions).
// types: Generator_Type Coroutine_Type CoroWrapper_Type AsyncGen_Type AsyncGenASend_Type
// types: AsyncGenAThrow_Type AsyncGenWrappedValue_Type
#pragma once

#include "runtime/funcobject.h"
#include "runtime/object.h"

namespace slotpy {

// gen.send(value): the next yielded value; raises StopIteration(return value) when the generator
// finishes (also what next(gen) does, with value None).
Object* gen_send(GeneratorObject* gen, Object* value);
// gi_frame / cr_frame / ag_frame: a snapshot of the generator's frame (its line, locals and
// globals now), or None once it has finished.
Object* generator_frame(GeneratorObject* gen);
// gen.throw(exc): exc is an exception instance; delegates to a `yield from` subiterator first.
Object* gen_throw(GeneratorObject* gen, Object* exc);
// gen.close().
void gen_close(GeneratorObject* gen);

// Resumes gen (a generator, coroutine or async generator) with `value` sent in: returns the
// yielded value, or nullptr with *ret set to the return value. Raises CPython's errors for a
// running or (coroutine) exhausted object.
Object* gen_send_ret(GeneratorObject* gen, Object* value, Object** ret);
// The same for throwing exc into gen (delegating to a `yield from` / `await` target first).
Object* gen_throw_ret(GeneratorObject* gen, Object* exc, Object** ret);
// "generator" / "coroutine" / "async generator".
const char* gen_kind(const GeneratorObject* gen);
// The object gen is suspended in a `yield from` / `await` of, or nullptr.
Object* gen_yield_from(GeneratorObject* gen);
// Builds the exception instance for throw(type[, value[, tb]]).
Object* gen_make_thrown(Object* typ, Object* val, Object* tb);

extern TypeObject Coroutine_Type;             // coroutine (async def)
extern TypeObject CoroWrapper_Type;           // coroutine_wrapper (coro.__await__())
extern TypeObject AsyncGen_Type;              // async_generator
extern TypeObject AsyncGenASend_Type;         // async_generator_asend
extern TypeObject AsyncGenAThrow_Type;        // async_generator_athrow
extern TypeObject AsyncGenWrappedValue_Type;  // a value yielded by an async generator

// An async generator: a generator object with the state of its asend/athrow awaitables.
struct AsyncGenObject : GeneratorObject {
  bool running_async;  // an asend()/athrow() awaitable is being iterated
  bool closed;
};

inline bool is_gen_or_coro(const Object* o) {
  return !is_small_int(o) && (o->ob_type == &Generator_Type || o->ob_type == &Coroutine_Type);
}

// What calling a generator / coroutine / async generator function makes (code flags decide);
// the caller fills frame, code, name and qualname.
GeneratorObject* gen_alloc_for(uint32_t code_flags);

// ---- opcode helpers (coroobject.cpp) ----
// GET_AWAITABLE: the iterator `await o` runs (where: 0 await, 1 __aenter__, 2 __aexit__).
Object* coro_get_awaitable(Object* o, int where);
// GET_AITER / GET_ANEXT.
Object* coro_get_aiter(Object* o);
Object* coro_get_anext(Object* aiter);
// BEFORE_ASYNC_WITH: [mgr] -> [bound __aexit__, __aenter__() result].
Object** coro_before_async_with(Object** sp);
// ASYNC_GEN_WRAP.
Object* async_gen_wrap(Object* v);
// SEND on anything but a generator or coroutine: the next value from recv after sending v in,
// or nullptr with *ret set to the value it finished with.
Object* coro_send_other(Object* recv, Object* v, Object** ret);
// The message for a non-None value sent to a just-started frame of code with these flags.
const char* coro_just_started_msg(uint32_t code_flags);

void init_generator_type();
void init_coro_types();

}  // namespace slotpy
