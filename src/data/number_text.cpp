// Stage: data.
#include "data/number_text.hpp"

#include <string>

namespace vanban::data {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";        // U+00A0, Excel's group separator in some locales
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";  // U+202F
constexpr std::string_view kMinus = "\xE2\x88\x92";            // U+2212, Word's minus sign

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// The length of a space at the start of `s` (ASCII space, no-break or narrow no-break space), or 0.
size_t space_at(std::string_view s) {
  if (s.empty()) return 0;
  if (s[0] == ' ') return 1;
  if (starts_with(s, kNoBreakSpace)) return kNoBreakSpace.size();
  if (starts_with(s, kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  return 0;
}

std::string_view trim(std::string_view s) {
  while (!s.empty()) {
    if (s.front() == '\t') s.remove_prefix(1);
    else if (size_t n = space_at(s)) s.remove_prefix(n);
    else break;
  }
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '\t') s.remove_suffix(1);
    else if (ends_with(s, kNoBreakSpace)) s.remove_suffix(kNoBreakSpace.size());
    else if (ends_with(s, kNarrowNoBreakSpace)) s.remove_suffix(kNarrowNoBreakSpace.size());
    else break;
  }
  return s;
}

}  // namespace

NumberReading read_number_text(std::string_view text, NumberStyle style) {
  const char group = style == NumberStyle::international ? ',' : '.';
  const char point = style == NumberStyle::international ? '.' : ',';
  NumberReading text_verdict;
  std::string_view s = trim(text);
  bool percent = false;
  if (!s.empty() && s.back() == '%') {
    percent = true;
    s = trim(s.substr(0, s.size() - 1));
  }
  std::string machine;  // the same number with '.' as the point, no groups, `e` for the exponent
  bool plus = false;
  if (starts_with(s, kMinus)) {
    machine += '-';
    s.remove_prefix(kMinus.size());
  } else if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    if (s[0] == '-') machine += '-';
    plus = s[0] == '+';
    s.remove_prefix(1);
  }
  size_t i = 0;
  size_t run = 0;  // digits since the start or the last group separator
  bool grouped = false;
  while (i < s.size()) {
    size_t sep = s[i] == group ? 1 : space_at(s.substr(i));
    // `+84 912 345 678` is a telephone number, not a figure.
    if (sep && plus && s[i] != group) return text_verdict;
    if (sep) {
      if (run == 0 || (grouped && run != 3) || (!grouped && run > 3)) return text_verdict;
      grouped = true;
      run = 0;
      i += sep;
    } else if (is_digit(s[i])) {
      machine += s[i++];
      ++run;
    } else {
      break;
    }
  }
  if (run == 0 || (grouped && run != 3)) return text_verdict;
  if (i > 1 && s[0] == '0' && is_digit(s[1])) return text_verdict;  // `07`: a code
  if (i < s.size() && s[i] == point) {
    machine += '.';
    size_t start = ++i;
    while (i < s.size() && is_digit(s[i])) machine += s[i++];
    if (i == start) return text_verdict;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    machine += 'e';
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) machine += s[i++];
    size_t start = i;
    while (i < s.size() && is_digit(s[i])) machine += s[i++];
    if (i == start) return text_verdict;
  }
  if (i != s.size()) return text_verdict;
  if (percent) return {NumberVerdict::percent, {}};
  auto d = Decimal::parse(machine);
  if (!d) return {NumberVerdict::too_big, {}};
  return {NumberVerdict::number, *d};
}

std::optional<Decimal> parse_number_text(std::string_view text, NumberStyle style) {
  NumberReading r = read_number_text(text, style);
  if (r.verdict != NumberVerdict::number) return std::nullopt;
  return r.value;
}

}  // namespace vanban::data
