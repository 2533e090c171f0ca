// Stage: core.
#include "core/decimal.hpp"

#include <algorithm>
#include <stdexcept>

namespace vanban {
namespace {

using i128 = __int128;

i128 checked_mul(i128 a, i128 b) {
  i128 r;
  if (__builtin_mul_overflow(a, b, &r)) throw std::overflow_error("decimal overflow");
  return r;
}

// 10^n; beyond 10^38 it does not fit (found by fuzzing `1e45`).
i128 pow10(int n) {
  i128 r = 1;
  for (int i = 0; i < n; ++i) r = checked_mul(r, 10);
  return r;
}

i128 checked_add(i128 a, i128 b) {
  i128 r;
  if (__builtin_add_overflow(a, b, &r)) throw std::overflow_error("decimal overflow");
  return r;
}

std::string u128_to_string(unsigned __int128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

unsigned __int128 magnitude(i128 v) {
  return v < 0 ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
}

// q = n / d rounded half away from zero (d > 0).
i128 div_round(i128 n, i128 d) {
  i128 q = n / d;
  i128 r = n % d;
  if (r < 0) r = -r;
  if (r * 2 >= d) q += (n < 0 ? -1 : 1);
  return q;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view t) {
  if (t.empty()) return std::nullopt;
  size_t i = 0;
  bool neg = false;
  if (t[i] == '+' || t[i] == '-') {
    neg = t[i] == '-';
    ++i;
  }
  i128 coef = 0;
  int scale = 0;
  int digits = 0;
  bool dot = false;
  try {
    for (; i < t.size(); ++i) {
      char c = t[i];
      if (c >= '0' && c <= '9') {
        coef = checked_add(checked_mul(coef, 10), c - '0');
        ++digits;
        if (dot) ++scale;
        if (scale > kMaxScale) return std::nullopt;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (digits == 0) return std::nullopt;
    if (i < t.size()) {
      if (t[i] != 'e' && t[i] != 'E') return std::nullopt;
      ++i;
      bool eneg = false;
      if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
        eneg = t[i] == '-';
        ++i;
      }
      if (i >= t.size()) return std::nullopt;
      int e = 0;
      for (; i < t.size(); ++i) {
        if (t[i] < '0' || t[i] > '9') return std::nullopt;
        e = e * 10 + (t[i] - '0');
        if (e > 60) return std::nullopt;
      }
      if (eneg) {
        scale += e;
        if (scale > kMaxScale) return std::nullopt;
      } else {
        int up = std::min(e, scale);
        scale -= up;
        e -= up;
        coef = checked_mul(coef, pow10(e));
      }
    }
  } catch (const std::overflow_error&) {
    return std::nullopt;
  }
  return Decimal(neg ? -coef : coef, scale);
}

std::string Decimal::integer_digits() const {
  return u128_to_string(magnitude(coef_) / static_cast<unsigned __int128>(pow10(scale_)));
}

std::string Decimal::fraction_digits() const {
  if (scale_ == 0) return {};
  std::string f = u128_to_string(magnitude(coef_) % static_cast<unsigned __int128>(pow10(scale_)));
  return std::string(static_cast<size_t>(scale_) - f.size(), '0') + f;
}

std::string Decimal::to_string() const {
  std::string s = coef_ < 0 ? "-" : "";
  s += integer_digits();
  if (scale_ > 0) s += "." + fraction_digits();
  return s;
}

Decimal Decimal::normalized() const {
  Decimal d = *this;
  while (d.scale_ > 0 && d.coef_ % 10 == 0) {
    d.coef_ /= 10;
    --d.scale_;
  }
  return d;
}

bool Decimal::is_integer() const { return normalized().scale_ == 0; }

Decimal Decimal::rescaled(int scale) const {
  return Decimal(checked_mul(coef_, pow10(scale - scale_)), scale);
}

Decimal Decimal::rounded(int digits) const {
  digits = std::clamp(digits, 0, kMaxScale);
  if (digits >= scale_) return rescaled(digits);
  return Decimal(div_round(coef_, pow10(scale_ - digits)), digits);
}

Decimal Decimal::abs() const { return coef_ < 0 ? -*this : *this; }

long long Decimal::to_int64() const {
  i128 v = coef_ / pow10(scale_);
  if (v > INT64_MAX || v < INT64_MIN) throw std::overflow_error("decimal overflow");
  return static_cast<long long>(v);
}

double Decimal::to_double() const { return std::stod(to_string()); }

void Decimal::align(Decimal& a, Decimal& b) {
  if (a.scale_ < b.scale_) a = a.rescaled(b.scale_);
  else if (b.scale_ < a.scale_) b = b.rescaled(a.scale_);
}

Decimal operator+(const Decimal& x, const Decimal& y) {
  Decimal a = x, b = y;
  Decimal::align(a, b);
  return Decimal(checked_add(a.coef_, b.coef_), a.scale_);
}

Decimal Decimal::operator-() const { return Decimal(-coef_, scale_); }

Decimal operator-(const Decimal& x, const Decimal& y) { return x + (-y); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  Decimal r(checked_mul(a.coef_, b.coef_), a.scale_ + b.scale_);
  if (r.scale_ > Decimal::kMaxScale) r = r.normalized();
  if (r.scale_ > Decimal::kMaxScale) r = r.rounded(Decimal::kMaxScale);
  return r;
}

Decimal Decimal::divide(const Decimal& a, const Decimal& b, int digits) {
  if (b.coef_ == 0) throw std::domain_error("division by zero");
  digits = std::clamp(digits, 0, kMaxScale);
  // a/b = (ca/10^sa) / (cb/10^sb); want q = round(a/b * 10^digits)
  //     = round(ca * 10^(digits + sb - sa) / cb)
  int shift = digits + b.scale_ - a.scale_;
  i128 n = a.coef_, d = b.coef_;
  if (shift >= 0) n = checked_mul(n, pow10(shift));
  else d = checked_mul(d, pow10(-shift));
  if (d < 0) {
    n = -n;
    d = -d;
  }
  return Decimal(div_round(n, d), digits);
}

std::strong_ordering operator<=>(const Decimal& x, const Decimal& y) {
  Decimal a = x, b = y;
  Decimal::align(a, b);
  if (a.coef_ < b.coef_) return std::strong_ordering::less;
  if (a.coef_ > b.coef_) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

}  // namespace vanban
