// Generator objects: what calling a generator function returns (the frame lives in the heap,
// suspended at a YIELD_VALUE between resumptions).
// types: Generator_Type
#pragma once

#include "runtime/funcobject.h"
#include "runtime/object.h"

namespace slotpy {

// gen.send(value): the next yielded value; raises StopIteration(return value) when the generator
// finishes (also what next(gen) does, with value None).
Object* gen_send(GeneratorObject* gen, Object* value);
// gen.throw(exc): exc is an exception instance; delegates to a `yield from` subiterator first.
Object* gen_throw(GeneratorObject* gen, Object* exc);
// gen.close().
void gen_close(GeneratorObject* gen);

void init_generator_type();

}  // namespace slotpy
