// The heap: every object comes from Boehm GC through these functions (object.h), so that the
// allocation policy lives in one place: free lists for small objects and GC stress testing.
#include <gc/gc.h>

#include "runtime/errors.h"
#include "runtime/object.h"

namespace slotpy {

// GC stress testing (SLOTPY_GC_STRESS=N in the environment, read by main): a full collection
// every N allocations, so that an object reachable only from memory the collector does not
// scan is freed (and reused) early. Off: one predictable branch per allocation.
unsigned g_gc_stress_every = 0;
namespace {
unsigned g_gc_stress_count = 0;
}  // namespace
void gc_stress_tick() {
  if (++g_gc_stress_count >= g_gc_stress_every) {
    g_gc_stress_count = 0;
    GC_gcollect();
  }
}

// Small scanned objects (most objects: floats, tuples, cells, bound methods...) come from
// free lists of 16/32/48/64-byte objects refilled a block at a time with GC_malloc_many: a pop
// instead of a call into the collector per object. The lists hang off a static root and are
// linked through the objects' first words, which the collector traces, so nothing on them is
// reclaimed while it waits there.
namespace {
constexpr size_t kSmallClasses = 4;
void* g_small_free[kSmallClasses + 1];

__attribute__((noinline)) void* refill_small(size_t cls) {
  void* list = GC_malloc_many(cls * 16);
  if (!list) raise_memory_error();
  g_small_free[cls] = list;
  return list;
}
}  // namespace

void* gc_alloc(size_t n) {
  gc_stress();
  if (n <= kSmallClasses * 16) {
    size_t cls = n <= 16 ? 1 : (n + 15) / 16;
    void* p = g_small_free[cls];
    if (!p) p = refill_small(cls);
    g_small_free[cls] = GC_NEXT(p);
    GC_NEXT(p) = nullptr;  // the rest is already cleared (GC_malloc_many, normal kind)
    return p;
  }
  void* p = GC_MALLOC(n);
  if (!p) raise_memory_error();
  return p;
}

void* gc_alloc_atomic(size_t n) {
  gc_stress();
  void* p = GC_MALLOC_ATOMIC(n);
  if (!p) raise_memory_error();
  return p;
}

}  // namespace slotpy
