// Stage: locale.
// Dates as the decree writes them, Roman numerals, Vietnamese letter numbering, enumerations.
#include "locale/format.hpp"

#include <array>
#include <charconv>
#include <fmt/format.h>

#include <stdexcept>

namespace vanban::locale {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

bool read_int(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::optional<Date> checked(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date{y, m, d};
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  // 2023-03-28 (ISO, what YAML and spreadsheets export)
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    int y, m, d;
    if (read_int(text.substr(0, 4), y) && read_int(text.substr(5, 2), m) && read_int(text.substr(8, 2), d)) {
      return checked(y, m, d);
    }
    return std::nullopt;
  }
  // 28/3/2023, 28/03/2023, 28-03-2023, 28.03.2023 (day first, as written in Viet Nam)
  for (char sep : {'/', '-', '.'}) {
    size_t a = text.find(sep);
    if (a == std::string_view::npos) continue;
    size_t b = text.find(sep, a + 1);
    if (b == std::string_view::npos || text.find(sep, b + 1) != std::string_view::npos) return std::nullopt;
    int d, m, y;
    std::string_view ys = text.substr(b + 1);
    if (ys.size() != 4) return std::nullopt;
    if (read_int(text.substr(0, a), d) && a <= 2 && read_int(text.substr(a + 1, b - a - 1), m) && b - a - 1 <= 2 &&
        read_int(ys, y)) {
      return checked(y, m, d);
    }
    return std::nullopt;
  }
  return std::nullopt;
}

namespace {
// Nghị định 30/2020, Phụ lục I: a leading zero for days below 10 and for
// months 1 and 2 (so that nobody can add a digit in front).
std::string month_text(int month) { return month < 3 ? fmt::format("{:02}", month) : std::to_string(month); }
}  // namespace

std::string long_date(const Date& d) {
  return fmt::format("ngày {:02} tháng {} năm {}", d.day, month_text(d.month), d.year);
}

std::string short_date(const Date& d) { return fmt::format("{:02}/{}/{}", d.day, month_text(d.month), d.year); }

std::string roman(int n) {
  if (n < 1 || n > 3999) throw std::out_of_range("roman numeral out of range: " + std::to_string(n));
  static constexpr std::array<std::pair<int, std::string_view>, 13> kParts = {{{1000, "M"},
                                                                               {900, "CM"},
                                                                               {500, "D"},
                                                                               {400, "CD"},
                                                                               {100, "C"},
                                                                               {90, "XC"},
                                                                               {50, "L"},
                                                                               {40, "XL"},
                                                                               {10, "X"},
                                                                               {9, "IX"},
                                                                               {5, "V"},
                                                                               {4, "IV"},
                                                                               {1, "I"}}};
  std::string out;
  for (const auto& [value, text] : kParts) {
    while (n >= value) {
      out += text;
      n -= value;
    }
  }
  return out;
}

std::string letter(int n) {
  // The Vietnamese alphabet without the letters that carry marks other than
  // đ (ă â ê ô ơ ư), as headings `a)` … use it; f j w z are not Vietnamese.
  static constexpr std::array<std::string_view, 23> kLetters = {"a", "b", "c", "d", "đ", "e", "g", "h",
                                                                "i", "k", "l", "m", "n", "o", "p", "q",
                                                                "r", "s", "t", "u", "v", "x", "y"};
  if (n < 1) throw std::out_of_range("letter numbering starts at 1");
  std::string out;
  while (n > 0) {
    --n;
    out.insert(0, kLetters[static_cast<size_t>(n % 23)]);
    n /= 23;
  }
  return out;
}

namespace {
std::string with_year(std::string name, int year) {
  if (year != 0) name += fmt::format(" năm {}", year);
  return name;
}
void check_month(int month) {
  if (month < 1 || month > 12) throw std::out_of_range("a period ends with a month 1..12: " + std::to_string(month));
}
}  // namespace

std::string period_name(int month, int year, PeriodKind kind) {
  check_month(month);
  if (kind == PeriodKind::month || month == 1) return with_year(fmt::format("tháng {}", month), year);
  if (month == 12) return year != 0 ? fmt::format("năm {}", year) : "cả năm";
  return fmt::format("{} tháng đầu năm{}", month, year != 0 ? fmt::format(" {}", year) : "");
}

std::string period_rest(int month, int year, PeriodKind kind) {
  check_month(month);
  int next_year = year != 0 ? year + 1 : 0;
  if (month == 12) {
    if (kind == PeriodKind::month) return with_year("tháng 1", next_year);
    return next_year != 0 ? fmt::format("năm {}", next_year) : "năm sau";
  }
  if (kind == PeriodKind::month || month == 11) return with_year(fmt::format("tháng {}", month + 1), year);
  return fmt::format("{} tháng cuối năm{}", 12 - month, year != 0 ? fmt::format(" {}", year) : "");
}

std::string enumerate_vi(const std::vector<std::string>& items, std::string_view conjunction) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      if (i + 1 == items.size()) {
        out += ' ';
        out += conjunction;
        out += ' ';
      } else {
        out += ", ";
      }
    }
    out += items[i];
  }
  return out;
}

}  // namespace vanban::locale
