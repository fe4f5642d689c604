// The unit tests' main: Boehm GC must be initialized (as slotpy does) before any test allocates.
#include <gc/gc.h>
#include <gtest/gtest.h>

#include "runtime/runtime.h"

int main(int argc, char** argv) {
  slotpy::gc_init();
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
