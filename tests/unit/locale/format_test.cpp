// Numbers, percentages, ratios, dates, Roman numerals and enumerations in Vietnamese notation.
#include "locale/format.hpp"

#include <catch2/catch.hpp>
#include <unicode/numberformatter.h>

#include <random>
#include <string>

using vanban::Decimal;
namespace loc = vanban::locale;

namespace {
Decimal d(const char* s) { return *Decimal::parse(s); }
}  // namespace

TEST_CASE("numbers group with dots and use a decimal comma", "[number]") {
  CHECK(loc::number(d("218703")) == "218.703");
  CHECK(loc::number(d("15806.246")) == "15.806,246");
  CHECK(loc::number(d("1234567.5")) == "1.234.567,5");
  CHECK(loc::number(d("1000")) == "1.000");
  CHECK(loc::number(d("999")) == "999");
  CHECK(loc::number(d("0")) == "0");
  CHECK(loc::number(d("-1234.5")) == "-1.234,5");
  CHECK(loc::number(d("69.50")) == "69,5");  // own decimals: trailing zeros dropped
}

TEST_CASE("figures are written exactly as ICU's Vietnamese formatter writes them", "[number]") {
  // The notation is written directly (ICU was slow for tables of 100,000
  // rows); ICU's "vi" formatter stays the reference.
  auto icu_text = [](const Decimal& v, int digits) {
    auto f = icu::number::NumberFormatter::withLocale(icu::Locale("vi")).grouping(UNUM_GROUPING_AUTO);
    auto g = digits < 0 ? f.precision(icu::number::Precision::unlimited())
                        : f.precision(icu::number::Precision::fixedFraction(digits));
    UErrorCode status = U_ZERO_ERROR;
    const Decimal shown = digits < 0 ? v.normalized() : v.rounded(digits);
    icu::UnicodeString u = g.formatDecimal(shown.to_string(), status).toString(status);
    REQUIRE(U_SUCCESS(status));
    std::string out;
    u.toUTF8String(out);
    return out;
  };
  std::mt19937_64 random(24);
  for (int i = 0; i < 3000; ++i) {
    const int magnitude = static_cast<int>(random() % 16);
    long long coef = static_cast<long long>(random() % 1000000000000000000ULL);
    for (int k = magnitude; k < 18; ++k) coef /= 10;
    if (random() % 3 == 0) coef = -coef;
    const int scale = static_cast<int>(random() % 7);
    std::string text = std::to_string(coef < 0 ? -coef : coef);
    if (scale > 0) {
      if (text.size() <= static_cast<size_t>(scale)) text.insert(0, static_cast<size_t>(scale) + 1 - text.size(), '0');
      text.insert(text.size() - static_cast<size_t>(scale), ".");
    }
    const Decimal v = d(((coef < 0 ? "-" : "") + text).c_str());
    for (int digits : {-1, 0, 1, 2, 3}) {
      INFO(text << " with " << digits << " digits");
      CHECK(loc::number(v, digits) == icu_text(v, digits));
    }
  }
}

TEST_CASE("a stated precision rounds half away from zero and keeps its zeros", "[number]") {
  CHECK(loc::number(d("69.5"), 2) == "69,50");
  CHECK(loc::number(d("2.25"), 1) == "2,3");
  CHECK(loc::number(d("-2.25"), 1) == "-2,3");
  CHECK(loc::number(d("1234.5"), 0) == "1.235");
  CHECK(loc::number(d("0.05"), 1) == "0,1");
}

TEST_CASE("sums of exact decimals never drift", "[number]") {
  Decimal total;
  for (int i = 0; i < 1000; ++i) total += d("15806.246");
  CHECK(loc::number(total) == "15.806.246");
  Decimal tenths;
  for (int i = 0; i < 10; ++i) tenths += d("0.1");
  CHECK(tenths == Decimal(1));
}

TEST_CASE("percent and ratio", "[number]") {
  CHECK(loc::percent(d("69.5"), 1) == "69,5%");
  CHECK(loc::ratio(d("139"), d("200"), 1) == "69,5");
  CHECK(loc::ratio(d("1"), d("3"), 2) == "33,33");
  CHECK(loc::ratio(d("2"), d("3"), 1) == "66,7");
  CHECK(loc::ratio(d("1"), d("8"), 1) == "12,5");    // 12.5 exactly
  CHECK(loc::ratio(d("1"), d("16"), 1) == "6,3");    // 6.25 -> half away from zero
  CHECK(loc::ratio_value(d("15806.246"), d("20000"), 1) == d("79.0"));
  CHECK_THROWS_AS(loc::ratio(d("1"), d("0"), 1), std::domain_error);
  CHECK(loc::plain(d("2023")) == "2023");
}

TEST_CASE("dates as Nghị định 30 writes them", "[date]") {
  CHECK(loc::long_date({2020, 1, 5}) == "ngày 05 tháng 01 năm 2020");
  CHECK(loc::long_date({2019, 6, 29}) == "ngày 29 tháng 6 năm 2019");
  CHECK(loc::long_date({2023, 2, 1}) == "ngày 01 tháng 02 năm 2023");
  CHECK(loc::long_date({2023, 3, 10}) == "ngày 10 tháng 3 năm 2023");
  CHECK(loc::long_date({2023, 12, 31}) == "ngày 31 tháng 12 năm 2023");
  CHECK(loc::short_date({2023, 3, 30}) == "30/3/2023");
  CHECK(loc::short_date({2023, 6, 8}) == "08/6/2023");
  CHECK(loc::short_date({2024, 2, 21}) == "21/02/2024");
  CHECK(loc::short_date({2025, 1, 5}) == "05/01/2025");
  CHECK(loc::short_date({2025, 12, 31}) == "31/12/2025");
}

TEST_CASE("dates parse in ISO and day-first forms and are validated", "[date]") {
  CHECK(loc::parse_date("2023-03-28") == loc::Date{2023, 3, 28});
  CHECK(loc::parse_date("28/3/2023") == loc::Date{2023, 3, 28});
  CHECK(loc::parse_date("28/03/2023") == loc::Date{2023, 3, 28});
  CHECK(loc::parse_date("28-03-2023") == loc::Date{2023, 3, 28});
  CHECK(loc::parse_date("29/02/2024") == loc::Date{2024, 2, 29});
  CHECK_FALSE(loc::parse_date("29/02/2023"));
  CHECK_FALSE(loc::parse_date("31/04/2023"));
  CHECK_FALSE(loc::parse_date("2023-13-01"));
  CHECK_FALSE(loc::parse_date("hôm qua"));
  CHECK_FALSE(loc::parse_date("1/2/23"));
}

TEST_CASE("Roman numerals for Phụ lục and report sections", "[roman]") {
  CHECK(loc::roman(1) == "I");
  CHECK(loc::roman(4) == "IV");
  CHECK(loc::roman(9) == "IX");
  CHECK(loc::roman(14) == "XIV");
  CHECK(loc::roman(40) == "XL");
  CHECK(loc::roman(1990) == "MCMXC");
  CHECK(loc::roman(3999) == "MMMCMXCIX");
  CHECK_THROWS_AS(loc::roman(0), std::out_of_range);
}

TEST_CASE("a) b) headings follow Vietnamese letter order", "[letter]") {
  CHECK(loc::letter(1) == "a");
  CHECK(loc::letter(4) == "d");
  CHECK(loc::letter(5) == "đ");
  CHECK(loc::letter(6) == "e");
  CHECK(loc::letter(7) == "g");
  CHECK(loc::letter(10) == "k");
  CHECK(loc::letter(23) == "y");
  CHECK(loc::letter(24) == "aa");
}

TEST_CASE("enumerations end with và", "[enumerate]") {
  CHECK(loc::enumerate_vi({}) == "");
  CHECK(loc::enumerate_vi({"Hương Sơn"}) == "Hương Sơn");
  CHECK(loc::enumerate_vi({"A", "B"}) == "A và B");
  CHECK(loc::enumerate_vi({"Sở Tài chính", "Sở Xây dựng", "UBND huyện Can Lộc"}) ==
        "Sở Tài chính, Sở Xây dựng và UBND huyện Can Lộc");
  CHECK(loc::enumerate_vi({"A", "B", "C"}, "hoặc") == "A, B hoặc C");
}

TEST_CASE("reporting periods and what remains of the year", "[period]") {
  CHECK(loc::period_name(8, 2023) == "8 tháng đầu năm 2023");
  CHECK(loc::period_name(6, 2023) == "6 tháng đầu năm 2023");
  CHECK(loc::period_name(12, 2023) == "năm 2023");
  CHECK(loc::period_name(1, 2023) == "tháng 1 năm 2023");
  CHECK(loc::period_name(9, 2020, loc::PeriodKind::month) == "tháng 9 năm 2020");
  CHECK(loc::period_name(8, 0) == "8 tháng đầu năm");
  CHECK(loc::period_rest(8, 2023) == "4 tháng cuối năm 2023");
  CHECK(loc::period_rest(6, 0) == "6 tháng cuối năm");
  CHECK(loc::period_rest(11, 2023) == "tháng 12 năm 2023");
  CHECK(loc::period_rest(12, 2023) == "năm 2024");
  CHECK(loc::period_rest(9, 2020, loc::PeriodKind::month) == "tháng 10 năm 2020");
  CHECK(loc::period_rest(12, 2020, loc::PeriodKind::month) == "tháng 1 năm 2021");
  for (int m = 1; m <= 11; ++m) {
    // every month but December leaves the rest of the same year
    CHECK(loc::period_rest(m, 2023).find("2023") != std::string::npos);
  }
  CHECK_THROWS_AS(loc::period_name(13, 2023), std::out_of_range);
  CHECK_THROWS_AS(loc::period_rest(0, 2023), std::out_of_range);
}
