// Stage: data.
#include "data/number_text.hpp"

#include <string>

namespace vanban::data {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<Decimal> parse_number_text(std::string_view text, NumberStyle style) {
  const char group = style == NumberStyle::international ? ',' : '.';
  const char point = style == NumberStyle::international ? '.' : ',';
  std::string_view s = trim(text);
  std::string machine;  // the same number with '.' as the point and no groups
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    if (s[0] == '-') machine += '-';
    s.remove_prefix(1);
  }
  size_t i = 0;
  size_t run = 0;  // digits since the start or the last group separator
  bool grouped = false;
  while (i < s.size() && (is_digit(s[i]) || s[i] == group)) {
    if (s[i] == group) {
      if (run == 0 || (grouped && run != 3) || (!grouped && run > 3)) return std::nullopt;
      grouped = true;
      run = 0;
    } else {
      machine += s[i];
      ++run;
    }
    ++i;
  }
  if (run == 0 || (grouped && run != 3)) return std::nullopt;
  std::string_view integer_part = s.substr(0, i);
  if (integer_part.size() > 1 && integer_part[0] == '0' && is_digit(integer_part[1])) return std::nullopt;
  if (i < s.size()) {
    if (s[i] != point || i + 1 == s.size()) return std::nullopt;
    machine += '.';
    for (++i; i < s.size(); ++i) {
      if (!is_digit(s[i])) return std::nullopt;
      machine += s[i];
    }
  }
  return Decimal::parse(machine);
}

}  // namespace vanban::data
