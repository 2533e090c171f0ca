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
