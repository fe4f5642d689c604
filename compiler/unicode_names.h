// The Unicode character name table behind the \N{NAME} escape.
#pragma once

#include <cstdint>
#include <string>

namespace slotpy::syntax {

// Looks up a character by its Unicode name (case-insensitive, as CPython's unicodedata.lookup
// for \N{...}); returns false when there is no such name.
bool lookup_unicode_name(const std::string& name, uint32_t* cp);

}  // namespace slotpy::syntax
