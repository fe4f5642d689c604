// The table of frozen (compiled-in) Python modules; see frozen.h.
#include "runtime/frozen.h"

#include <algorithm>
#include <iterator>

namespace slotpy {

namespace {
#include "frozen_modules.inc"
}  // namespace

const FrozenModule* find_frozen_module(std::string_view name) {
  const FrozenModule* begin = kFrozenModules;
  const FrozenModule* end = kFrozenModules + (std::size(kFrozenModules) - 1);
  const FrozenModule* it = std::lower_bound(
      begin, end, name, [](const FrozenModule& m, std::string_view n) { return m.name < n; });
  return it != end && it->name == name ? it : nullptr;
}

}  // namespace slotpy
