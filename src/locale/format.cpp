// Stage: locale.
// Numbers, percentages and ratios in Vietnamese notation.
#include "locale/format.hpp"

#include <stdexcept>
#include <vector>

namespace vanban::locale {
namespace {

// The Vietnamese notation of a value already rounded to the digits it shows:
// its exact decimal text, the integer part grouped by threes with dots, a
// decimal comma — what ICU's "vi" formatter prints (minimum grouping 1, the
// ASCII minus), written directly: ICU took ~3,000 instructions a figure, and
// a 100,000-row table has half a million figures. A unit test holds the two
// equal over many values.
std::string format_exact(const Decimal& v) {
  const std::string integer = v.integer_digits();
  const std::string fraction = v.fraction_digits();
  std::string out;
  out.reserve(integer.size() + integer.size() / 3 + fraction.size() + 2);
  if (v.is_negative()) out += '-';
  for (size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0) out += '.';
    out += integer[i];
  }
  if (!fraction.empty()) {
    out += ',';
    out += fraction;
  }
  return out;
}

}  // namespace

std::string number(const Decimal& v, int digits) {
  if (digits < 0) return format_exact(v.normalized());
  return format_exact(v.rounded(digits));
}

std::string percent(const Decimal& v, int digits) { return number(v, digits) + "%"; }

Decimal ratio_value(const Decimal& a, const Decimal& b, int digits) {
  return Decimal::divide(a * Decimal(100), b, digits);
}

std::string ratio(const Decimal& a, const Decimal& b, int digits) {
  return number(ratio_value(a, b, digits), digits);
}

std::string plain(const Decimal& v) { return v.normalized().to_string(); }

}  // namespace vanban::locale
