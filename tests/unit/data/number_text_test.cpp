// Numbers as clerks type them.
#include "data/number_text.hpp"

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
