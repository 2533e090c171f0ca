// Stage: locale.
// Numbers, percentages and ratios in Vietnamese notation, through ICU's number formatter.
#include "locale/format.hpp"

#include <unicode/numberformatter.h>

#include <stdexcept>
#include <vector>

namespace vanban::locale {
namespace {

// ICU formatters are immutable and cheap to copy but not free to build; one
// per thread, never shared.
// digits < 0: as many decimals as the value has; otherwise exactly `digits`.
icu::number::LocalizedNumberFormatter make_formatter(int digits) {
  auto f = icu::number::NumberFormatter::withLocale(icu::Locale("vi")).grouping(UNUM_GROUPING_AUTO);
  if (digits < 0) return f.precision(icu::number::Precision::unlimited());
  return f.precision(icu::number::Precision::fixedFraction(digits));
}

const icu::number::LocalizedNumberFormatter& vietnamese_formatter(int digits) {
  constexpr int kCached = 12;
  thread_local const auto cache = [] {
    std::vector<icu::number::LocalizedNumberFormatter> v;
    for (int d = -1; d < kCached; ++d) v.push_back(make_formatter(d));
    return v;
  }();
  if (digits < kCached) return cache[static_cast<size_t>(digits + 1)];
  thread_local icu::number::LocalizedNumberFormatter other;
  other = make_formatter(digits);
  return other;
}

std::string format_exact(const Decimal& v, int digits) {
  // The value is already rounded: pass its exact decimal text, so that no
  // binary floating point ever touches a figure.
  UErrorCode status = U_ZERO_ERROR;
  std::string text = v.to_string();
  auto formatted = vietnamese_formatter(digits).formatDecimal(text, status);
  icu::UnicodeString s = formatted.toString(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU number formatting failed: " + text);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::string number(const Decimal& v, int digits) {
  if (digits < 0) return format_exact(v.normalized(), -1);
  return format_exact(v.rounded(digits), digits);
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
