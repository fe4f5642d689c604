// Tab completion for the interactive loop, after CPython's rlcompleter: keywords, the names of
// the session and the builtins, and after `expr.` the attributes of the object (dir(), so slots
// and methods too). Callables complete with "(".
#pragma once

#include <string>
#include <vector>

#include "runtime/dictobject.h"

namespace slotpy {

struct Completions {
  size_t start = 0;                 // where in the text the completed word begins
  std::vector<std::string> words;   // candidates (each replaces text[start:]), sorted, unique
};

// The candidates for the word that ends `before_cursor`, with `globals` the session's names.
// Runs no code other than attribute lookups of a dotted name (never calls, never subscripts).
Completions complete(const std::string& before_cursor, DictObject* globals);

// The longest common prefix of the candidates.
std::string common_prefix(const std::vector<std::string>& words);

}  // namespace slotpy
