// Numbers as clerks type them; positions (line, column) in their text.
#include "data/number_text.hpp"
#include "data/text_check.hpp"

#include <catch2/catch.hpp>

using namespace vanban;
using vanban::data::NumberStyle;
using vanban::data::parse_number_text;

TEST_CASE("Vietnamese style: dot groups, decimal comma", "[number_text]") {
  auto vi = [](const char* s) { return parse_number_text(s, NumberStyle::vietnamese); };
  CHECK(vi("218.703") == Decimal(218703));
  CHECK(vi("69,5") == *Decimal::parse("69.5"));
  CHECK(vi("1.234.567,5") == *Decimal::parse("1234567.5"));
  CHECK(vi(" -5 ") == Decimal(-5));
  CHECK(vi("0,25") == *Decimal::parse("0.25"));
  CHECK_FALSE(vi("15806.246"));  // not a valid grouping
  CHECK_FALSE(vi("1.23"));
  CHECK_FALSE(vi("1,2,3"));
  CHECK_FALSE(vi("07"));
  CHECK_FALSE(vi("12a"));
  CHECK_FALSE(vi(""));
  CHECK_FALSE(vi("-"));
  CHECK_FALSE(vi("5,"));
}

TEST_CASE("international style: optional comma groups, decimal point", "[number_text]") {
  auto en = [](const char* s) { return parse_number_text(s, NumberStyle::international); };
  CHECK(en("15806.246") == *Decimal::parse("15806.246"));
  CHECK(en("1,500") == Decimal(1500));
  CHECK(en("218703") == Decimal(218703));
  CHECK_FALSE(en("69,5"));
}

TEST_CASE("columns count Vietnamese letters, whatever order positions are asked in", "[data][positions]") {
  const std::string text = "tên: Ủy ban nhân dân\nđịa_danh: Hà Tĩnh  # ghi chú\n";
  data::LineIndex index(text, std::make_shared<const std::string>("du-lieu.yaml"));
  auto col = [&](std::string_view needle) {
    const SourcePos p = index.at(text.find(needle));
    return std::pair<int, int>(p.line, p.column);
  };
  // In order along a line (a parser's tokens), then backwards, then across lines.
  CHECK(col("Ủy") == std::pair<int, int>(1, 6));
  CHECK(col("nhân") == std::pair<int, int>(1, 13));
  CHECK(col("dân") == std::pair<int, int>(1, 18));
  CHECK(col("ban") == std::pair<int, int>(1, 9));
  CHECK(col("Tĩnh") == std::pair<int, int>(2, 14));
  CHECK(col("tên") == std::pair<int, int>(1, 1));
  CHECK(col("# ghi") == std::pair<int, int>(2, 20));
  CHECK(col("Hà") == std::pair<int, int>(2, 11));
}

TEST_CASE("numbers as clerks type them: space groups, no-break spaces, the Unicode minus", "[number_text]") {
  auto vi = [](const char* s) { return parse_number_text(s, NumberStyle::vietnamese); };
  auto en = [](const char* s) { return parse_number_text(s, NumberStyle::international); };
  CHECK(vi("1 234,5") == *Decimal::parse("1234.5"));
  CHECK(vi("1\xC2\xA0" "234\xC2\xA0" "567") == Decimal(1234567));   // U+00A0 between groups
  CHECK(vi("1\xE2\x80\xAF" "234") == Decimal(1234));                // U+202F
  CHECK(vi("\xE2\x88\x92" "4") == Decimal(-4));                     // U+2212
  CHECK(vi("\xE2\x88\x92" "1.234,5") == *Decimal::parse("-1234.5"));
  CHECK(vi("\xC2\xA0" "12 ") == Decimal(12));
  CHECK(en("1 500.25") == *Decimal::parse("1500.25"));
  CHECK(vi("1,5E+3") == Decimal(1500));
  CHECK(en("2e3") == Decimal(2000));
  CHECK_FALSE(vi("12 34"));      // groups of three only
  CHECK_FALSE(vi("1 2345"));
  CHECK_FALSE(vi("- 4"));
  CHECK_FALSE(vi("0912 345 678"));     // a phone number: a code
  CHECK_FALSE(vi("+84 912 345 678"));  // and with the country code
  CHECK(vi("+1.234") == Decimal(1234));
  CHECK_FALSE(vi("2023-03-28"));
  CHECK_FALSE(vi("1e"));
}

TEST_CASE("one verdict per cell: number, text, too big to keep exactly, percent", "[number_text]") {
  using vanban::data::NumberVerdict;
  using vanban::data::read_number_text;
  auto verdict = [](const char* s) { return read_number_text(s, NumberStyle::international).verdict; };
  CHECK(verdict("123456789012345678901234567890") == NumberVerdict::number);
  CHECK(read_number_text("123456789012345678901234567890", NumberStyle::international).value ==
        *Decimal::parse("123456789012345678901234567890"));
  CHECK(verdict("123456789012345678901234567890123456789012345678901234567890") == NumberVerdict::too_big);
  CHECK(verdict("1e400") == NumberVerdict::too_big);
  CHECK(verdict("1e-40") == NumberVerdict::too_big);
  CHECK(verdict("12%") == NumberVerdict::percent);
  CHECK(verdict("12.5 %") == NumberVerdict::percent);
  CHECK(verdict("%") == NumberVerdict::text);
  CHECK(verdict("abc%") == NumberVerdict::text);
  CHECK(verdict("07") == NumberVerdict::text);
  CHECK(verdict("Cẩm Xuyên") == NumberVerdict::text);
}
