// The format-spec mini-language, ported from CPython 3.11's Python/formatter_unicode.c, and
// PyOS_double_to_string from Python/pystrtod.c (digit generation by the C library's exact
// printf and shortest-repr to_chars instead of David Gay's dtoa: both are correctly rounded,
// ties to even, so the digits are the same).
#include "runtime/format_spec.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/repr.h"
#include "runtime/strobject.h"

namespace slotpy {

namespace {

// ---- digit generation (dtoa modes 0, 2 and 3) ----------------------------------------------

// d finite. mode 0: shortest round-trip digits; mode 2: max(ndigits, 1) significant digits;
// mode 3: ndigits digits after the decimal point. Digits have no trailing zeros; the value is
// 0.<digits> * 10**decpt. A zero result gives "0" with decpt 1 (d == 0) or "" (rounded away).
void dtoa(double d, int mode, int ndigits, std::string& digits, int* decpt, bool* sign) {
  *sign = std::signbit(d);
  d = std::fabs(d);
  digits.clear();
  if (d == 0.0) {
    digits.push_back('0');
    *decpt = 1;
    return;
  }
  if (mode == 0 || mode == 2) {
    std::string buf;
    if (mode == 0) {
      char tmp[64];
      auto r = std::to_chars(tmp, tmp + sizeof tmp, d, std::chars_format::scientific);
      buf.assign(tmp, r.ptr);
    } else {
      if (ndigits < 1) ndigits = 1;
      buf.resize(ndigits + 32);
      int n = std::snprintf(buf.data(), buf.size(), "%.*e", ndigits - 1, d);
      buf.resize(n);
    }
    size_t epos = buf.find('e');
    for (size_t i = 0; i < epos; ++i)
      if (buf[i] != '.') digits += buf[i];
    int exp10 = std::atoi(buf.c_str() + epos + 1);
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    *decpt = exp10 + 1;
    return;
  }
  // mode 3
  int n = std::snprintf(nullptr, 0, "%.*f", ndigits, d);
  std::string buf(n + 1, '\0');
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-truncation"
  std::snprintf(buf.data(), buf.size(), "%.*f", ndigits, d);
#pragma GCC diagnostic pop
  buf.resize(n);
  size_t dot = buf.find('.');
  int intlen = static_cast<int>(dot == std::string::npos ? buf.size() : dot);
  for (char c : buf)
    if (c != '.') digits += c;
  size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') ++lead;
  digits.erase(0, lead);
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  *decpt = digits.empty() ? -ndigits : intlen - static_cast<int>(lead);
}

std::string format_float_short(double d, char format_code, int mode, int precision,
                               bool always_add_sign, bool add_dot_0_if_integer,
                               bool use_alt_formatting, bool no_negative_zero, bool upper) {
  std::string out;
  if (std::isnan(d) || std::isinf(d)) {
    if (std::isinf(d) && std::signbit(d))
      out += '-';
    else if (always_add_sign)
      out += '+';
    if (std::isinf(d))
      out += upper ? "INF" : "inf";
    else
      out += upper ? "NAN" : "nan";
    return out;
  }
  std::string digits;
  int decpt;
  bool sign;
  dtoa(d, mode, precision, digits, &decpt, &sign);
  int digits_len = static_cast<int>(digits.size());
  if (no_negative_zero && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
    sign = false;
  int vdigits_end = digits_len;
  bool use_exp = false;
  int exp = 0;
  switch (format_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  if (sign)
    out += '-';
  else if (always_add_sign)
    out += '+';
  if (decpt <= 0) {
    out.append(decpt - vdigits_start, '0');
    out += '.';
    out.append(-decpt, '0');
  } else {
    out.append(-vdigits_start, '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, decpt);
    out += '.';
    out.append(digits, decpt, std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(decpt - digits_len, '0');
    out += '.';
    if (vdigits_end > decpt) out.append(vdigits_end - decpt, '0');
  } else if (vdigits_end > digits_len) {
    out.append(vdigits_end - digits_len, '0');
  }
  if (out.back() == '.' && !use_alt_formatting) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    char b[16];
    std::snprintf(b, sizeof b, "%+.02d", exp);
    out += b;
  }
  return out;
}

// ---- the spec ----------------------------------------------------------------------------

enum LocaleType { LT_NO_LOCALE = 0, LT_DEFAULT_LOCALE = ',', LT_UNDERSCORE_LOCALE = '_',
                  LT_UNDER_FOUR_LOCALE = 1, LT_CURRENT_LOCALE = 2 };

struct Spec {
  uint32_t fill_char;
  uint32_t align;
  bool alternate;
  bool no_neg_0;
  uint32_t sign;
  intptr_t width;
  int thousands_separators;
  intptr_t precision;
  uint32_t type;
};

[[noreturn]] void unknown_presentation_type(uint32_t t, const char* type_name) {
  if (t > 32 && t < 128)
    raise_value_error("Unknown format code '%c' for object of type '%.200s'", static_cast<char>(t),
                      type_name);
  raise_value_error("Unknown format code '\\x%x' for object of type '%.200s'", t, type_name);
}

[[noreturn]] void invalid_thousands_separator_type(int specifier, uint32_t t) {
  if (t > 32 && t < 128)
    raise_value_error("Cannot specify '%c' with '%c'.", specifier, static_cast<char>(t));
  raise_value_error("Cannot specify '%c' with '\\x%x'.", specifier, t);
}

[[noreturn]] void invalid_comma_and_underscore() {
  raise_value_error("Cannot specify both ',' and '_'.");
}

inline bool is_alignment_token(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
inline bool is_sign_element(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

int get_integer(StrObject* s, intptr_t* ppos, intptr_t end, intptr_t* result) {
  intptr_t acc = 0, pos = *ppos;
  int numdigits = 0;
  for (; pos < end; ++pos, ++numdigits) {
    int d = int_unicode_decimal(str_char(s, pos));
    if (d < 0) break;
    if (acc > (INTPTR_MAX - d) / 10) raise_value_error("Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  *ppos = pos;
  *result = acc;
  return numdigits;
}

void parse_spec(Object* obj, const char* obj_type_name, StrObject* spec, Spec* f,
                uint32_t default_type, uint32_t default_align) {
  intptr_t pos = 0, end = spec->length;
  auto rd = [&](intptr_t i) { return str_char(spec, i); };
  bool align_specified = false, fill_char_specified = false;
  f->fill_char = ' ';
  f->align = default_align;
  f->alternate = false;
  f->no_neg_0 = false;
  f->sign = 0;
  f->width = -1;
  f->thousands_separators = LT_NO_LOCALE;
  f->precision = -1;
  f->type = default_type;
  (void)obj;

  if (end - pos >= 2 && is_alignment_token(rd(pos + 1))) {
    f->align = rd(pos + 1);
    f->fill_char = rd(pos);
    fill_char_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(rd(pos))) {
    f->align = rd(pos);
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign_element(rd(pos))) {
    f->sign = rd(pos);
    ++pos;
  }
  if (end - pos >= 1 && rd(pos) == 'z') {
    f->no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && rd(pos) == '#') {
    f->alternate = true;
    ++pos;
  }
  if (!fill_char_specified && end - pos >= 1 && rd(pos) == '0') {
    f->fill_char = '0';
    if (!align_specified && default_align == '>') f->align = '=';
    ++pos;
  }
  if (get_integer(spec, &pos, end, &f->width) == 0) f->width = -1;
  if (end - pos && rd(pos) == ',') {
    f->thousands_separators = LT_DEFAULT_LOCALE;
    ++pos;
  }
  if (end - pos && rd(pos) == '_') {
    if (f->thousands_separators != LT_NO_LOCALE) invalid_comma_and_underscore();
    f->thousands_separators = LT_UNDERSCORE_LOCALE;
    ++pos;
  }
  if (end - pos && rd(pos) == ',') {
    if (f->thousands_separators == LT_UNDERSCORE_LOCALE) invalid_comma_and_underscore();
  }
  if (end - pos && rd(pos) == '.') {
    ++pos;
    if (get_integer(spec, &pos, end, &f->precision) == 0)
      raise_value_error("Format specifier missing precision");
  }
  if (end - pos > 1)
    raise_value_error("Invalid format specifier '%s' for object of type '%.200s'", str_utf8(spec),
                      obj_type_name);
  if (end - pos == 1) {
    f->type = rd(pos);
    ++pos;
  }
  if (f->thousands_separators) {
    switch (f->type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f->thousands_separators == LT_UNDERSCORE_LOCALE) {
          f->thousands_separators = LT_UNDER_FOUR_LOCALE;
          break;
        }
        [[fallthrough]];
      default:
        invalid_thousands_separator_type(
            f->thousands_separators == LT_UNDER_FOUR_LOCALE ? '_' : f->thousands_separators, f->type);
    }
  }
}

// ---- number layout -----------------------------------------------------------------------

struct Locale {
  char decimal_point;
  std::string thousands_sep;
  int group;  // 0: no grouping
};

Locale get_locale(int type) {
  switch (type) {
    case LT_DEFAULT_LOCALE: return {'.', ",", 3};
    case LT_UNDERSCORE_LOCALE: return {'.', "_", 3};
    case LT_UNDER_FOUR_LOCALE: return {'.', "_", 4};
    default: return {'.', "", 0};  // no locale, and the C locale for 'n'
  }
}

// _PyUnicode_InsertThousandsGrouping: digits (ASCII) grouped, left-padded with zeros (and
// separators) up to min_width.
std::string group_digits(const char* digits, intptr_t n_digits, intptr_t min_width,
                         const Locale& loc) {
  std::vector<std::string> pieces;  // right to left
  min_width = std::max<intptr_t>(0, min_width);
  intptr_t sep_len = static_cast<intptr_t>(loc.thousands_sep.size());
  intptr_t remaining = n_digits, digits_pos = n_digits;
  bool use_sep = false, loop_broken = false;
  auto fill = [&](intptr_t n_chars, intptr_t n_zeros) {
    std::string piece(n_zeros, '0');
    digits_pos -= n_chars;
    piece.append(digits + digits_pos, n_chars);
    if (use_sep) piece += loc.thousands_sep;
    pieces.push_back(std::move(piece));
  };
  if (loc.group > 0) {
    while (true) {
      intptr_t len = loc.group;
      len = std::min(len, std::max(std::max(remaining, min_width), intptr_t(1)));
      intptr_t n_zeros = std::max<intptr_t>(0, len - remaining);
      intptr_t n_chars = std::max<intptr_t>(0, std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= sep_len;
    }
  }
  if (!loop_broken) {
    intptr_t len = std::max(std::max(remaining, min_width), intptr_t(1));
    intptr_t n_zeros = std::max<intptr_t>(0, len - remaining);
    intptr_t n_chars = std::max<intptr_t>(0, std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  std::string out;
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) out += *it;
  return out;
}

struct NumberWidths {
  intptr_t n_lpadding, n_prefix, n_spadding, n_rpadding;
  char sign;
  intptr_t n_sign, n_grouped_digits, n_decimal, n_remainder, n_digits, n_min_width;
};

// The number text is num[n_start, n_end): digits, then optionally '.', then the remainder.
void calc_number_widths(NumberWidths* spec, intptr_t n_prefix, char sign_char, intptr_t n_start,
                        intptr_t n_end, intptr_t n_remainder, bool has_decimal, const Locale& loc,
                        const Spec& f) {
  spec->n_digits = n_end - n_start - n_remainder - (has_decimal ? 1 : 0);
  spec->n_lpadding = 0;
  spec->n_prefix = n_prefix;
  spec->n_decimal = has_decimal ? 1 : 0;
  spec->n_remainder = n_remainder;
  spec->n_spadding = 0;
  spec->n_rpadding = 0;
  spec->sign = 0;
  spec->n_sign = 0;
  switch (f.sign) {
    case '+':
      spec->n_sign = 1;
      spec->sign = sign_char == '-' ? '-' : '+';
      break;
    case ' ':
      spec->n_sign = 1;
      spec->sign = sign_char == '-' ? '-' : ' ';
      break;
    default:
      if (sign_char == '-') {
        spec->n_sign = 1;
        spec->sign = '-';
      }
  }
  intptr_t n_non_digit_non_padding = spec->n_sign + spec->n_prefix + spec->n_decimal + spec->n_remainder;
  if (f.fill_char == '0' && f.align == '=')
    spec->n_min_width = f.width - n_non_digit_non_padding;
  else
    spec->n_min_width = 0;
  if (spec->n_digits == 0) {
    spec->n_grouped_digits = 0;
  } else {
    // Size of the grouped digits (computed by doing the grouping on dummy digits).
    std::string dummy(spec->n_digits, '0');
    spec->n_grouped_digits =
        static_cast<intptr_t>(group_digits(dummy.data(), spec->n_digits, spec->n_min_width, loc).size());
  }
  intptr_t n_padding = f.width - (n_non_digit_non_padding + spec->n_grouped_digits);
  if (n_padding > 0) {
    switch (f.align) {
      case '<': spec->n_rpadding = n_padding; break;
      case '^':
        spec->n_lpadding = n_padding / 2;
        spec->n_rpadding = n_padding - spec->n_lpadding;
        break;
      case '=': spec->n_spadding = n_padding; break;
      default: spec->n_lpadding = n_padding; break;
    }
  }
}

void append_fill(std::string& out, uint32_t fill_char, intptr_t n) {
  if (n <= 0) return;
  if (fill_char < 0x80) {
    out.append(n, static_cast<char>(fill_char));
  } else {
    std::string one;
    utf8_append(one, fill_char);
    for (intptr_t i = 0; i < n; ++i) out += one;
  }
}

void fill_number(std::string& out, const NumberWidths& spec, const std::string& num,
                 intptr_t d_start, const char* prefix, uint32_t fill_char, const Locale& loc,
                 bool toupper) {
  intptr_t d_pos = d_start;
  append_fill(out, fill_char, spec.n_lpadding);
  if (spec.n_sign == 1) out += spec.sign;
  if (spec.n_prefix) {
    for (intptr_t i = 0; i < spec.n_prefix; ++i) {
      char c = prefix[i];
      out += toupper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    }
  }
  append_fill(out, fill_char, spec.n_spadding);
  if (spec.n_digits != 0) {
    std::string g = group_digits(num.data() + d_pos, spec.n_digits, spec.n_min_width, loc);
    if (toupper)
      for (char& c : g)
        if (c >= 'a' && c <= 'z') c -= 32;
    out += g;
    d_pos += spec.n_digits;
  }
  if (spec.n_decimal) {
    out += loc.decimal_point;
    d_pos += 1;
  }
  if (spec.n_remainder) out.append(num, d_pos, spec.n_remainder);
  append_fill(out, fill_char, spec.n_rpadding);
}

// parse_number: digits, then an optional '.', then the remainder.
void parse_number(const std::string& s, intptr_t pos, intptr_t end, intptr_t* n_remainder,
                  bool* has_decimal) {
  while (pos < end && s[pos] >= '0' && s[pos] <= '9') ++pos;
  intptr_t remainder = pos;
  *has_decimal = pos < end && s[remainder] == '.';
  if (*has_decimal) ++remainder;
  *n_remainder = end - remainder;
}

StrObject* make_str(const std::string& s) { return str_from_utf8(s.data(), s.size()); }

// ---- float ---------------------------------------------------------------------------------

std::string format_float_internal(double val, const Spec& f) {
  uint32_t type = f.type;
  int default_precision = 6;
  int flags = 0;
  bool add_pct = false;
  if (f.precision > INT32_MAX) raise_value_error("precision too big");
  int precision = static_cast<int>(f.precision);
  if (f.alternate) flags |= DTSF_ALT;
  if (f.no_neg_0) flags |= DTSF_NO_NEG_0;
  if (type == 0) {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  std::string buf = double_to_string(val, static_cast<char>(type), precision, flags);
  if (add_pct) buf += '%';
  if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && !f.thousands_separators)
    return buf;
  intptr_t index = 0, n_digits = static_cast<intptr_t>(buf.size());
  char sign_char = 0;
  if (buf[0] == '-') {
    sign_char = '-';
    ++index;
    --n_digits;
  }
  intptr_t n_remainder;
  bool has_decimal;
  parse_number(buf, index, index + n_digits, &n_remainder, &has_decimal);
  Locale loc = get_locale(f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands_separators);
  NumberWidths spec;
  calc_number_widths(&spec, 0, sign_char, index, index + n_digits, n_remainder, has_decimal, loc, f);
  std::string out;
  fill_number(out, spec, buf, index, nullptr, f.fill_char, loc, false);
  return out;
}

}  // namespace

std::string double_to_string(double v, char format_code, int precision, int flags) {
  bool upper = false;
  int mode = 0;
  switch (format_code) {
    case 'E':
      upper = true;
      format_code = 'e';
      [[fallthrough]];
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'F':
      upper = true;
      format_code = 'f';
      [[fallthrough]];
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      format_code = 'g';
      [[fallthrough]];
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    default:  // 'r'
      format_code = 'r';
      mode = 0;
      precision = 0;
      break;
  }
  return format_float_short(v, format_code, mode, precision, flags & DTSF_SIGN,
                            flags & DTSF_ADD_DOT_0, flags & DTSF_ALT, flags & DTSF_NO_NEG_0, upper);
}

Object* format_float(double v, StrObject* spec, Object* obj) {
  if (spec->length == 0) {
    if (obj) return str(obj);
    return make_str(double_to_string(v, 'r', 0, DTSF_ADD_DOT_0));
  }
  Spec f;
  const char* tn = obj ? type_name(obj) : "float";
  parse_spec(obj, tn, spec, &f, 0, '>');
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return make_str(format_float_internal(v, f));
    default:
      unknown_presentation_type(f.type, tn);
  }
}

// ---- int -----------------------------------------------------------------------------------

Object* format_int(Object* v, StrObject* spec) {
  if (spec->length == 0) return str(v);
  Spec f;
  parse_spec(v, type_name(v), spec, &f, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return make_str(format_float_internal(int_as_double(v), f));
    default:
      unknown_presentation_type(f.type, type_name(v));
  }
  if (f.precision != -1) raise_value_error("Precision not allowed in integer format specifier");
  if (f.no_neg_0)
    raise_value_error("Negative zero coercion (z) not allowed in integer format specifier");
  std::string tmp;
  intptr_t inumeric_chars = 0, n_digits, n_remainder = 0, n_prefix = 0, prefix = 0;
  char sign_char = 0;
  if (f.type == 'c') {
    if (f.sign != 0) raise_value_error("Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      raise_value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    intptr_t x;
    if (!int_to_intptr(v, &x)) raise_overflow_error("Python int too large to convert to C long");
    if (x < 0 || x > 0x10ffff) raise_overflow_error("%%c arg not in range(0x110000)");
    utf8_append(tmp, static_cast<uint32_t>(x));
    n_digits = 1;  // counted in code points below
    n_remainder = 1;
    NumberWidths spec_w;
    Locale loc = get_locale(LT_NO_LOCALE);
    calc_number_widths(&spec_w, 0, 0, 0, 1, 1, false, loc, f);
    std::string out;
    append_fill(out, f.fill_char, spec_w.n_lpadding);
    append_fill(out, f.fill_char, spec_w.n_spadding);
    out += tmp;
    append_fill(out, f.fill_char, spec_w.n_rpadding);
    return make_str(out);
  }
  int base = 10;
  intptr_t leading_chars_to_skip = 0;
  switch (f.type) {
    case 'b': base = 2; leading_chars_to_skip = 2; break;
    case 'o': base = 8; leading_chars_to_skip = 2; break;
    case 'x': case 'X': base = 16; leading_chars_to_skip = 2; break;
    default: break;
  }
  if (f.alternate) n_prefix = leading_chars_to_skip;
  tmp = base == 10 ? int_to_decimal(v) : int_to_base(v, base, true);
  n_digits = static_cast<intptr_t>(tmp.size());
  prefix = inumeric_chars;
  if (tmp[0] == '-') {
    sign_char = '-';
    ++prefix;
    ++leading_chars_to_skip;
  }
  n_digits -= leading_chars_to_skip;
  inumeric_chars += leading_chars_to_skip;
  Locale loc = get_locale(f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands_separators);
  NumberWidths spec_w;
  calc_number_widths(&spec_w, n_prefix, sign_char, inumeric_chars, inumeric_chars + n_digits,
                     n_remainder, false, loc, f);
  std::string out;
  fill_number(out, spec_w, tmp, inumeric_chars, tmp.data() + prefix, f.fill_char, loc, f.type == 'X');
  return make_str(out);
}

// ---- str -----------------------------------------------------------------------------------

Object* format_str(StrObject* v, StrObject* spec) {
  if (spec->length == 0) return is_str_exact(v) ? static_cast<Object*>(v) : str(v);
  Spec f;
  parse_spec(v, type_name(v), spec, &f, 's', '<');
  if (f.type != 's') unknown_presentation_type(f.type, type_name(v));
  if (f.sign != 0) {
    if (f.sign == ' ') raise_value_error("Space not allowed in string format specifier");
    raise_value_error("Sign not allowed in string format specifier");
  }
  if (f.no_neg_0)
    raise_value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise_value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise_value_error("'=' alignment not allowed in string format specifier");
  intptr_t len = v->length;
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len))
    return is_str_exact(v) ? v : str_substring(v, 0, len);
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  intptr_t total = f.width >= 0 && f.width > len ? f.width : len;
  intptr_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  intptr_t rpad = total - len - lpad;
  std::string out;
  append_fill(out, f.fill_char, lpad);
  StrObject* body = len == v->length ? v : str_substring(v, 0, len);
  size_t blen;
  const char* b = str_utf8(body, &blen);
  out.append(b, blen);
  append_fill(out, f.fill_char, rpad);
  return make_str(out);
}

// ---- complex -------------------------------------------------------------------------------

Object* format_complex(double re, double im, StrObject* spec, Object* obj) {
  const char* tn = obj ? type_name(obj) : "complex";
  if (spec->length == 0) {
    if (obj) return str(obj);
    Object* c = complex_new(re, im);
    return repr(c);
  }
  Spec f;
  parse_spec(obj, tn, spec, &f, 0, '>');
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknown_presentation_type(f.type, tn);
  }
  uint32_t type = f.type;
  if (f.precision > INT32_MAX) raise_value_error("precision too big");
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  bool skip_re = false, add_parens = false;
  int flags = 0;
  if (f.fill_char == '0')
    raise_value_error("Zero padding is not allowed in complex format specifier");
  if (f.align == '=')
    raise_value_error("'=' alignment flag is not allowed in complex format specifier");
  if (f.alternate) flags |= DTSF_ALT;
  if (f.no_neg_0) flags |= DTSF_NO_NEG_0;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && std::copysign(1.0, re) == 1.0)
      skip_re = true;
    else
      add_parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  std::string re_buf = double_to_string(re, static_cast<char>(type), precision, flags);
  std::string im_buf = double_to_string(im, static_cast<char>(type), precision, flags);
  intptr_t i_re = 0, n_re_digits = static_cast<intptr_t>(re_buf.size());
  intptr_t i_im = 0, n_im_digits = static_cast<intptr_t>(im_buf.size());
  char re_sign = 0, im_sign = 0;
  if (re_buf[0] == '-') {
    re_sign = '-';
    ++i_re;
    --n_re_digits;
  }
  if (im_buf[0] == '-') {
    im_sign = '-';
    ++i_im;
    --n_im_digits;
  }
  intptr_t n_re_rem, n_im_rem;
  bool re_dec, im_dec;
  parse_number(re_buf, i_re, i_re + n_re_digits, &n_re_rem, &re_dec);
  parse_number(im_buf, i_im, i_im + n_im_digits, &n_im_rem, &im_dec);
  Locale loc = get_locale(f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands_separators);
  Spec tmp_format = f;
  tmp_format.fill_char = 0;
  tmp_format.align = '<';
  tmp_format.width = -1;
  NumberWidths re_spec, im_spec;
  calc_number_widths(&re_spec, 0, re_sign, i_re, i_re + n_re_digits, n_re_rem, re_dec, loc, tmp_format);
  if (!skip_re) tmp_format.sign = '+';
  calc_number_widths(&im_spec, 0, im_sign, i_im, i_im + n_im_digits, n_im_rem, im_dec, loc, tmp_format);
  std::string body;
  if (add_parens) body += '(';
  if (!skip_re) fill_number(body, re_spec, re_buf, i_re, nullptr, 0, loc, false);
  fill_number(body, im_spec, im_buf, i_im, nullptr, 0, loc, false);
  body += 'j';
  if (add_parens) body += ')';
  intptr_t nchars = static_cast<intptr_t>(body.size());  // ASCII
  intptr_t total = f.width >= 0 && f.width > nchars ? f.width : nchars;
  intptr_t lpad = f.align == '>' ? total - nchars : f.align == '^' ? (total - nchars) / 2 : 0;
  intptr_t rpad = total - nchars - lpad;
  std::string out;
  append_fill(out, f.fill_char, lpad);
  out += body;
  append_fill(out, f.fill_char, rpad);
  return make_str(out);
}

}  // namespace slotpy
