// Stage: locale.
// Vietnamese formatting of numbers, percentages, ratios, money in words, dates and Roman numerals (FORMAT.md).
#pragma once

#include "core/decimal.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::locale {

// `15806.246` -> "15.806,246"; `218703` -> "218.703". digits < 0 keeps the
// value's own decimals (trailing zeros dropped); digits >= 0 rounds half away
// from zero to exactly that many decimals ("69,50" for 69.5 with 2).
std::string number(const Decimal& v, int digits = -1);
// A value already in percent: 69.5 with 1 -> "69,5%". No space before %.
std::string percent(const Decimal& v, int digits);
// a / b × 100 rounded half away from zero to `digits`; throws
// std::domain_error when b is zero.
Decimal ratio_value(const Decimal& a, const Decimal& b, int digits);
// Formatted ratio_value: 139, 200, 1 -> "69,5".
std::string ratio(const Decimal& a, const Decimal& b, int digits);
// Integers without grouping (years, codes): 2023 -> "2023".
std::string plain(const Decimal& v);

enum class ZeroTens { linh = 0, le };  // "một trăm linh năm" or "một trăm lẻ năm"

struct WordsOptions {
  ZeroTens zero_tens = ZeroTens::linh;
  bool capitalize = false;    // "Mười lăm …"
  std::string_view unit;      // e.g. "đồng"; appended after a space when not empty
  bool full_stop = false;     // append "."
};

// Integer amounts in words following FORMAT.md: 15 -> "mười lăm",
// 21 -> "hai mươi mốt", 105 -> "một trăm linh năm",
// 1005000 -> "một triệu không trăm linh năm nghìn", 10^12 -> "một nghìn tỷ".
// Fractions are read after "phẩy" digit group by group ("mười lăm phẩy năm").
std::string words(const Decimal& v, const WordsOptions& options = {});

struct Date {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const Date&, const Date&) = default;
};

// Accepts "2023-03-28", "28/3/2023", "28/03/2023", "28-03-2023"; validates
// the calendar date.
std::optional<Date> parse_date(std::string_view text);
// "ngày 05 tháng 01 năm 2020", "ngày 29 tháng 6 năm 2019": day padded for
// 1–9, month padded only for 1–2.
std::string long_date(const Date& d);
// "30/3/2023", "08/6/2023", "21/02/2024": as long_date pads, so in deadlines "trước ngày 30/3/2023".
std::string short_date(const Date& d);

// 1..3999 -> "I" … "MMMCMXCIX"; throws std::out_of_range otherwise.
std::string roman(int n);
// Vietnamese letter order for `a)` headings: 1 -> "a", 5 -> "đ", 6 -> "e",
// 7 -> "g" (a b c d đ e g h i k l m n o p q r s t u v x y); beyond 23 -> "aa"…
std::string letter(int n);

// A reporting period ending with `month` of `year` (year 0: not printed).
// Cumulative (from January): 1 -> "tháng 1 năm 2023", 6 -> "6 tháng đầu năm
// 2023", 8 -> "8 tháng đầu năm 2023", 12 -> "năm 2023". Single month: "tháng 9
// năm 2023". Throws std::out_of_range unless 1 <= month <= 12.
enum class PeriodKind { cumulative, month };
std::string period_name(int month, int year, PeriodKind kind = PeriodKind::cumulative);
// What is left after that period, for the tasks section: cumulative 8 ->
// "4 tháng cuối năm 2023", 6 -> "6 tháng cuối năm 2023", 11 -> "tháng 12 năm
// 2023", 12 -> "năm 2024"; a single month 9 -> "tháng 10 năm 2023", 12 ->
// "tháng 1 năm 2024".
std::string period_rest(int month, int year, PeriodKind kind = PeriodKind::cumulative);

// "A", "A và B", "A, B và C".
std::string enumerate_vi(const std::vector<std::string>& items, std::string_view conjunction = "và");

}  // namespace vanban::locale
