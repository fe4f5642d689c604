// Text form of the AST: exactly what CPython 3.11 prints for
// ast.dump(tree, indent=2[, include_attributes=True]), so CPython's own `ast` module is the oracle.
#pragma once

#include <string>

#include "compiler/ast.h"

namespace slotpy::ast {

std::string dump(const Module* m, bool include_positions);

}  // namespace slotpy::ast
