#include "runtime/repr.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include <gmp.h>
#include <utf8proc.h>

namespace slotpy {

void append_float_repr(std::string& out, double d) {
  if (std::isnan(d)) {
    out += "nan";
    return;
  }
  if (std::isinf(d)) {
    out += d < 0 ? "-inf" : "inf";
    return;
  }
  // Shortest round-trip digits, in scientific form: [-]D[.DDD]e[+-]XX
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  *res.ptr = '\0';
  const char* p = buf;
  bool neg = false;
  if (*p == '-') {
    neg = true;
    ++p;
  }
  char digits[32];
  int nd = 0;
  for (; *p && *p != 'e'; ++p)
    if (*p != '.') digits[nd++] = *p;
  int exp10 = std::atoi(p + 1);
  // strip trailing zeros of the mantissa (to_chars gives none, but be safe)
  while (nd > 1 && digits[nd - 1] == '0') --nd;
  int decpt = exp10 + 1;  // position of the decimal point after the first `decpt` digits
  if (neg) out += '-';
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0.";
      out.append(-decpt, '0');
      out.append(digits, nd);
    } else if (decpt >= nd) {
      out.append(digits, nd);
      out.append(decpt - nd, '0');
      out += ".0";
    } else {
      out.append(digits, decpt);
      out += '.';
      out.append(digits + decpt, nd - decpt);
    }
  } else {
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out.append(digits + 1, nd - 1);
    }
    int e = decpt - 1;
    out += 'e';
    out += e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    if (e < 10) out += '0';
    out += std::to_string(e);
  }
}

void append_imag_repr(std::string& out, double imag) {
  // CPython formats the imaginary part with repr() and drops a trailing ".0".
  std::string s;
  append_float_repr(s, imag);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  out += s;
  out += 'j';
}

uint32_t utf8_decode(const char* s, size_t n, size_t* i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  size_t k = *i;
  unsigned c = b(k);
  if (c < 0x80) {
    *i = k + 1;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || k + len > n) {
    *i = k + 1;
    return 0xFFFD;
  }
  uint32_t cp = c & (0x7F >> len);
  for (int j = 1; j < len; ++j) {
    unsigned cc = b(k + j);
    if ((cc & 0xC0) != 0x80) {
      *i = k + 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *i = k + len;
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool unicode_isprintable(uint32_t cp) {
  if (cp == ' ') return true;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

static void append_hex_escape(std::string& out, char kind, uint32_t v, int width) {
  static const char hexd[] = "0123456789abcdef";
  out += '\\';
  out += kind;
  for (int sh = (width - 1) * 4; sh >= 0; sh -= 4) out += hexd[(v >> sh) & 0xF];
}

void append_str_repr(std::string& out, const char* s, size_t n) {
  bool has_single = std::memchr(s, '\'', n) != nullptr;
  bool has_double = std::memchr(s, '"', n) != nullptr;
  char quote = (has_single && !has_double) ? '"' : '\'';
  out += quote;
  size_t i = 0;
  while (i < n) {
    uint32_t cp = utf8_decode(s, n, &i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_hex_escape(out, 'x', cp, 2);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (unicode_isprintable(cp)) {
      utf8_append(out, cp);
    } else if (cp <= 0xFF) {
      append_hex_escape(out, 'x', cp, 2);
    } else if (cp <= 0xFFFF) {
      append_hex_escape(out, 'u', cp, 4);
    } else {
      append_hex_escape(out, 'U', cp, 8);
    }
  }
  out += quote;
}

void append_bytes_repr(std::string& out, const char* s, size_t n) {
  bool has_single = std::memchr(s, '\'', n) != nullptr;
  bool has_double = std::memchr(s, '"', n) != nullptr;
  char quote = (has_single && !has_double) ? '"' : '\'';
  out += 'b';
  out += quote;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex_escape(out, 'x', c, 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
}

std::string int_text_to_decimal(const char* digits, size_t n, int base) {
  std::string text(digits, n);
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, text.c_str(), base);
  std::string res(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(res.data(), 10, z);
  res.resize(std::strlen(res.c_str()));
  mpz_clear(z);
  return res;
}

}  // namespace slotpy
