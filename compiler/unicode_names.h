// The Unicode character name table behind the \N{NAME} escape.
#pragma once

#include <cstdint>
#include <string>

namespace slotpy::syntax {

// Looks up a character by its Unicode name (case-insensitive, as CPython's unicodedata.lookup
// for \N{...}); returns false when there is no such name.
bool lookup_unicode_name(const std::string& name, uint32_t* cp);
// The same; *alias tells whether the name matched is an alias from NameAliases.txt.
bool lookup_unicode_name(const std::string& name, uint32_t* cp, bool* alias);

// The name of code point `cp` as unicodedata.name() gives it: never an alias; algorithmic for
// Hangul syllables and the ideograph ranges. False when the character has no name.
bool unicode_name_of(uint32_t cp, std::string* name);

}  // namespace slotpy::syntax
