// Tests for core/decimal: exact sums, rounding half away from zero, parsing.
#include "core/decimal.hpp"

#include <catch2/catch.hpp>

using vanban::Decimal;

static Decimal D(const char* s) { return *Decimal::parse(s); }

TEST_CASE("sums of many decimals never drift") {
  Decimal sum;
  for (int i = 0; i < 1000; ++i) sum += D("15806.246");
  CHECK(sum.to_string() == "15806246.000");
  Decimal tenth;
  for (int i = 0; i < 10; ++i) tenth += D("0.1");
  CHECK(tenth == Decimal(1));
}

TEST_CASE("division rounds half away from zero at the stated precision") {
  CHECK(Decimal::divide(D("139"), D("200"), 1).to_string() == "0.7");
  CHECK(Decimal::divide(D("1"), D("8"), 2).to_string() == "0.13");    // 0.125 -> 0.13
  CHECK(Decimal::divide(D("-1"), D("8"), 2).to_string() == "-0.13");  // away from zero
  CHECK(Decimal::divide(D("177"), D("181"), 3).to_string() == "0.978");
  CHECK(Decimal::divide(D("17700"), D("181"), 1).to_string() == "97.8");
  CHECK(Decimal::divide(D("2"), D("3"), 0).to_string() == "1");
  CHECK_THROWS_AS(Decimal::divide(D("1"), D("0"), 2), std::domain_error);
}

TEST_CASE("rounding and normalisation") {
  CHECK(D("2.45").rounded(1).to_string() == "2.5");
  CHECK(D("-2.45").rounded(1).to_string() == "-2.5");
  CHECK(D("2.44").rounded(1).to_string() == "2.4");
  CHECK(D("3").rounded(2).to_string() == "3.00");
  CHECK(D("69.500").normalized().to_string() == "69.5");
  CHECK(D("1.50") == D("1.5"));
  CHECK(D("1.5") < D("1.51"));
}

TEST_CASE("parsing accepts plain decimal text and exponents only") {
  CHECK(D("15806.246").to_string() == "15806.246");
  CHECK(D("-0.5").to_string() == "-0.5");
  CHECK(D("+7").to_string() == "7");
  CHECK(D("2e3").to_string() == "2000");
  CHECK(D("1.25E-2").to_string() == "0.0125");
  CHECK_FALSE(Decimal::parse(""));
  CHECK_FALSE(Decimal::parse("1,5"));
  CHECK_FALSE(Decimal::parse("12abc"));
  CHECK_FALSE(Decimal::parse("."));
  CHECK_FALSE(Decimal::parse("1e"));
  CHECK_FALSE(Decimal::parse("99999999999999999999999999999999999999999"));
  CHECK_FALSE(Decimal::parse("1e45"));  // 10^45 does not fit in 128 bits (found by fuzzing)
  CHECK(D("1e30").to_string() == "1000000000000000000000000000000");
}

TEST_CASE("integer and fraction digits for formatting") {
  CHECK(D("15806.246").integer_digits() == "15806");
  CHECK(D("15806.246").fraction_digits() == "246");
  CHECK(D("-0.05").integer_digits() == "0");
  CHECK(D("-0.05").fraction_digits() == "05");
}
