// Stage: core.
// Exact decimal numbers: figures keep their decimal text, sums never drift.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace vanban {

// coefficient × 10^-scale, with a 128-bit coefficient and 0 <= scale <= 30.
// Addition, subtraction and multiplication are exact (an overflow throws
// std::overflow_error); division rounds half away from zero at a precision the
// caller states.
// Packed to 8-byte alignment: 24 bytes instead of 32 (an __int128 asks for
// 16), which makes every data::Value and table cell 16 bytes smaller — a
// 100,000-row table holds about a million of them. x86-64 reads the
// unaligned 128-bit integer at no cost.
class __attribute__((packed, aligned(8))) Decimal {
 public:
  static constexpr int kMaxScale = 30;

  Decimal() = default;
  Decimal(long long v) : coef_(v), scale_(0) {}  // NOLINT: implicit from integers is intended

  // Parses "15806.246", "-3", "+1.5", "2e3", "1.25E-2". No grouping, '.' as
  // the decimal point. Returns nullopt on anything else.
  static std::optional<Decimal> parse(std::string_view text);

  // Plain machine form: "15806.246", "-0.5", "3" (trailing zeros kept as
  // scaled; use normalized() to drop them).
  std::string to_string() const;

  Decimal normalized() const;             // trailing fractional zeros removed
  Decimal rounded(int digits) const;      // half away from zero, scale becomes `digits`
  int scale() const { return scale_; }
  bool is_zero() const { return coef_ == 0; }
  bool is_negative() const { return coef_ < 0; }
  bool is_integer() const;
  Decimal abs() const;
  // Integer part, truncated toward zero (throws std::overflow_error above 2^63).
  long long to_int64() const;
  double to_double() const;  // for charts and XLSX cached values only

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal operator-() const;
  Decimal& operator+=(const Decimal& b) { return *this = *this + b; }
  Decimal& operator-=(const Decimal& b) { return *this = *this - b; }

  // a / b rounded half away from zero to `digits` fractional digits.
  // Throws std::domain_error when b is zero.
  static Decimal divide(const Decimal& a, const Decimal& b, int digits);

  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

  // Digits of the integer part (no sign, no grouping) and of the fraction
  // (exactly scale() digits); used by the locale formatters.
  std::string integer_digits() const;
  std::string fraction_digits() const;

 private:
  Decimal(__int128 coef, int scale) : coef_(coef), scale_(scale) {}
  static void align(Decimal& a, Decimal& b);
  Decimal rescaled(int scale) const;  // exact upscale (scale >= scale_)

  __int128 coef_ = 0;
  int scale_ = 0;
};

}  // namespace vanban
