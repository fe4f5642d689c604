// Python's repr() of the primitive values, as CPython 3.11 prints them. Used by the AST dumper
// and by the runtime's object types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace slotpy {

// repr(float): the shortest string that round-trips, in CPython's 'r' style (1e+16, 0.0001, 1.0).
void append_float_repr(std::string& out, double d);
// repr(complex) of a pure imaginary number (real part 0.0): 1j, 2.5j, infj.
void append_imag_repr(std::string& out, double imag);
// repr(str) of UTF-8 text (lone surrogates as 3-byte sequences): quotes and escapes as CPython.
void append_str_repr(std::string& out, const char* s, size_t n);
// repr(bytes).
void append_bytes_repr(std::string& out, const char* s, size_t n);
// Decimal text of an integer given as digits in `base` (2..36), no sign, no underscores.
std::string int_text_to_decimal(const char* digits, size_t n, int base);

// UTF-8 helpers (generalized: surrogates allowed).
// Decodes one code point at s[*i] (advancing *i); returns 0xFFFD on a malformed sequence.
uint32_t utf8_decode(const char* s, size_t n, size_t* i);
void utf8_append(std::string& out, uint32_t cp);
// str.isprintable() for one code point.
bool unicode_isprintable(uint32_t cp);

}  // namespace slotpy
