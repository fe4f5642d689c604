#include "compiler/source.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <gc/gc.h>
#include <iconv.h>

namespace slotpy::syntax {
namespace {

// The encoding named by a PEP 263 coding cookie on this line, or "".
std::string cookie_of(const std::string& line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return "";
  size_t p = line.find("coding", i);
  if (p == std::string::npos) return "";
  p += 6;
  if (p >= line.size() || (line[p] != ':' && line[p] != '=')) return "";
  ++p;
  while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
  size_t s = p;
  while (p < line.size() && (std::isalnum(static_cast<unsigned char>(line[p])) || line[p] == '-' ||
                             line[p] == '_' || line[p] == '.'))
    ++p;
  std::string enc = line.substr(s, p - s);
  for (auto& c : enc) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto& c : enc)
    if (c == '_') c = '-';
  return enc;
}

// Decodes `raw` from the encoding a coding cookie names, with glibc's iconv.
std::string transcode(const std::string& raw, const std::string& enc) {
  std::string names[] = {enc, enc, enc};
  // Python spellings iconv does not know: latin-1 -> latin1, iso8859-15 -> iso-8859-15.
  names[1].erase(std::remove(names[1].begin(), names[1].end(), '-'), names[1].end());
  if (enc.rfind("iso8859", 0) == 0) names[2] = "iso-8859" + enc.substr(7);
  iconv_t cd = reinterpret_cast<iconv_t>(-1);
  for (auto& n : names) {
    cd = iconv_open("UTF-8", n.c_str());
    if (cd != reinterpret_cast<iconv_t>(-1)) break;
  }
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    SyntaxError e;
    e.msg = "unknown encoding: " + enc;
    throw e;
  }
  std::string out(raw.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(raw.data());
  size_t inleft = raw.size();
  char* o = out.data();
  size_t outleft = out.size();
  size_t r = iconv(cd, &in, &inleft, &o, &outleft);
  iconv_close(cd);
  if (r == static_cast<size_t>(-1)) {
    SyntaxError e;
    e.msg = "(unicode error) '" + enc + "' codec can't decode the source";
    throw e;
  }
  out.resize(out.size() - outleft);
  return out;
}

bool is_blank_or_comment(const std::string& line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n') continue;
    return c == '#';
  }
  return true;
}

}  // namespace

Source::Source(std::string filename, const char* data, size_t len) : filename_(std::move(filename)) {
  std::string raw(data, len);
  if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);

  // The coding cookie may be on line 1, or on line 2 when line 1 is a comment or blank.
  std::string enc;
  {
    size_t e1 = raw.find('\n');
    std::string l1 = raw.substr(0, e1);
    enc = cookie_of(l1);
    if (enc.empty() && e1 != std::string::npos && is_blank_or_comment(l1)) {
      size_t e2 = raw.find('\n', e1 + 1);
      enc = cookie_of(raw.substr(e1 + 1, e2 == std::string::npos ? std::string::npos : e2 - e1 - 1));
    }
  }
  std::string text;
  if (enc.empty() || enc == "utf-8" || enc == "utf8" || enc.rfind("utf-8-", 0) == 0) {
    text = std::move(raw);
    // Validate UTF-8 (surrogates are rejected in source, as CPython does).
    size_t i = 0, line = 1;
    while (i < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == '\n') ++line;
      if (c < 0x80) {
        ++i;
        continue;
      }
      int n = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
      bool ok = n > 0 && i + n <= text.size();
      for (int k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
      if (ok && n == 3) {
        unsigned c1 = static_cast<unsigned char>(text[i + 1]);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) ok = false;
      }
      if (ok && n == 4) {
        unsigned c1 = static_cast<unsigned char>(text[i + 1]);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) ok = false;
      }
      if (!ok) {
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      "Non-UTF-8 code starting with '\\x%02x' in file %s on line %zu, but no "
                      "encoding declared; see https://peps.python.org/pep-0263/ for details",
                      c, filename_.c_str(), line);
        SyntaxError e;
        e.msg = buf;
        e.lineno = static_cast<int>(line);
        throw e;
      }
      i += n;
    }
  } else {
    text = transcode(raw, enc);
  }

  // Universal newlines.
  std::string norm;
  norm.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      norm += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      norm += text[i];
    }
  }
  size_ = norm.size();
  char* buf = static_cast<char*>(GC_MALLOC_ATOMIC(size_ + 1));
  std::memcpy(buf, norm.data(), size_);
  buf[size_] = '\0';
  text_ = buf;
  line_starts_.push_back(0);
  for (size_t i = 0; i < size_; ++i)
    if (buf[i] == '\n' && i + 1 < size_) line_starts_.push_back(i + 1);
}

std::string Source::line(int n) const {
  if (n < 1 || n > line_count()) return "";
  size_t s = line_starts_[n - 1];
  const char* nl = static_cast<const char*>(std::memchr(text_ + s, '\n', size_ - s));
  size_t e = nl ? static_cast<size_t>(nl - text_) + 1 : size_;
  return std::string(text_ + s, e - s);
}

}  // namespace slotpy::syntax
