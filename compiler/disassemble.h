// A `dis`-style listing of bytecode (`slotpy --dump-bytecode`), laid out like CPython 3.11's
// `python3 -m dis`: source line, jump-target marker ">>", offset, opcode name, argument and its
// meaning in parentheses, then the code object's exception table, then (recursively) every code
// object among its constants under a "Disassembly of <code object ...>:" header.
//
// Offsets are instruction-word indexes (the unit of jump arguments and of the exception table);
// the cache word that follows some instructions is not listed.
#pragma once

#include <string>

#include "runtime/codeobject.h"

namespace slotpy {

std::string disassemble(CodeObject* code);

namespace compiler {
using slotpy::disassemble;
}  // namespace compiler

}  // namespace slotpy
