// The Python-source standard library compiled into the binary (stdlib/lib/**.py, turned into a
// table at build time by tools/gen_frozen_modules.cpp). The import system looks here after
// sys.path, where CPython would find its stdlib directory.
#pragma once

#include <cstddef>
#include <string_view>

namespace slotpy {

struct FrozenModule {
  const char* name;  // fully qualified: "random", "collections", "collections.abc"
  bool package;      // from a package's __init__.py
  const char* source;
  size_t size;
};

// The module called `name`, or nullptr.
const FrozenModule* find_frozen_module(std::string_view name);

}  // namespace slotpy
