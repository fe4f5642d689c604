// Reading the Unicode Character Database's text files: shared by the build-time generators
// tools/gen_unicode_names.cpp and tools/gen_unicode_db.cpp (header-only; each generator is a
// program of its own).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace ucd {

// The generator's name in error messages ("gen_unicode_db: error: ...").
inline const char*& tool_name() {
  static const char* name = "ucd";
  return name;
}

[[noreturn]] inline void fail(const std::string& msg) {
  std::fprintf(stderr, "%s: error: %s\n", tool_name(), msg.c_str());
  std::exit(1);
}

inline std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) return out;
    start = pos + 1;
  }
}

inline std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// A code point written in hexadecimal ("1F600"); `where` names the line for errors.
inline uint32_t parse_code_point(const std::string& text, const std::string& where) {
  if (text.empty() || text.size() > 6) fail(where + ": bad code point '" + text + "'");
  uint32_t v = 0;
  for (char c : text) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) fail(where + ": bad code point '" + text + "'");
    v = v * 16 + static_cast<uint32_t>(d);
  }
  if (v > 0x10FFFF) fail(where + ": code point out of range '" + text + "'");
  return v;
}

}  // namespace ucd
