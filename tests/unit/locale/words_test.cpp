// Money in words (FORMAT.md): the readings a Vietnamese accountant writes on a payment order.
#include "locale/format.hpp"

#include <catch2/catch.hpp>

using vanban::Decimal;
using vanban::locale::words;
using vanban::locale::WordsOptions;
using vanban::locale::ZeroTens;

namespace {
std::string w(const char* n, ZeroTens z = ZeroTens::linh) {
  WordsOptions o;
  o.zero_tens = z;
  return words(*Decimal::parse(n), o);
}

struct Case {
  const char* number;
  const char* text;
};
}  // namespace

TEST_CASE("amounts read in words follow FORMAT.md", "[words]") {
  const Case cases[] = {
      {"0", "không"},
      {"1", "một"},
      {"5", "năm"},
      {"9", "chín"},
      {"10", "mười"},
      {"11", "mười một"},
      {"14", "mười bốn"},
      {"15", "mười lăm"},
      {"19", "mười chín"},
      {"20", "hai mươi"},
      {"21", "hai mươi mốt"},
      {"24", "hai mươi bốn"},
      {"25", "hai mươi lăm"},
      {"31", "ba mươi mốt"},
      {"55", "năm mươi lăm"},
      {"90", "chín mươi"},
      {"99", "chín mươi chín"},
      {"100", "một trăm"},
      {"101", "một trăm linh một"},
      {"105", "một trăm linh năm"},
      {"110", "một trăm mười"},
      {"111", "một trăm mười một"},
      {"115", "một trăm mười lăm"},
      {"121", "một trăm hai mươi mốt"},
      {"205", "hai trăm linh năm"},
      {"999", "chín trăm chín mươi chín"},
      {"1000", "một nghìn"},
      {"1001", "một nghìn không trăm linh một"},
      {"1010", "một nghìn không trăm mười"},
      {"1015", "một nghìn không trăm mười lăm"},
      {"1100", "một nghìn một trăm"},
      {"2015", "hai nghìn không trăm mười lăm"},
      {"2023", "hai nghìn không trăm hai mươi ba"},
      {"10000", "mười nghìn"},
      {"15000", "mười lăm nghìn"},
      {"21000", "hai mươi mốt nghìn"},
      {"100000", "một trăm nghìn"},
      {"105000", "một trăm linh năm nghìn"},
      {"1000000", "một triệu"},
      {"1000001", "một triệu không trăm linh một"},
      {"1005000", "một triệu không trăm linh năm nghìn"},
      {"1250000", "một triệu hai trăm năm mươi nghìn"},
      {"1000000000", "một tỷ"},
      {"15806246000", "mười lăm tỷ tám trăm linh sáu triệu hai trăm bốn mươi sáu nghìn"},
      {"218703000000", "hai trăm mười tám tỷ bảy trăm linh ba triệu"},
      {"1000000000000", "một nghìn tỷ"},
  };
  for (const auto& c : cases) {
    INFO(c.number);
    CHECK(w(c.number) == c.text);
  }
}

TEST_CASE("a zero group inside a large amount is skipped whole", "[words]") {
  // 2.000.500.000.000: the tỷ group is zero; the triệu group reads in full.
  CHECK(w("2000500000000") == "hai nghìn tỷ năm trăm triệu");
  CHECK(w("1000000000000000") == "một triệu tỷ");
  CHECK(w("5000000000000000000") == "năm tỷ tỷ");
  CHECK(w("3000000005") == "ba tỷ không trăm linh năm");
}

TEST_CASE("tỷ is said once per nine digits, up to 10^18", "[words]") {
  // Checked by hand: Vietnamese groups nine digits under one "tỷ", so 2.500.000.000.000 is 2500 tỷ.
  // (num2words repeats "tỷ" after the nghìn tỷ group too: it is no oracle here.)
  const Case cases[] = {
      {"2500000000000", "hai nghìn năm trăm tỷ"},
      {"1234567890123",
       "một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba"},
      {"1001000000000", "một nghìn không trăm linh một tỷ"},
      {"12345000000000", "mười hai nghìn ba trăm bốn mươi lăm tỷ"},
      {"21000000000000", "hai mươi mốt nghìn tỷ"},
      {"100000000000000", "một trăm nghìn tỷ"},
      {"2000000003000", "hai nghìn tỷ không trăm linh ba nghìn"},
      {"1000000000001", "một nghìn tỷ không trăm linh một"},
      {"1500000000000000", "một triệu năm trăm nghìn tỷ"},
      {"1000000000000000000", "một tỷ tỷ"},
      {"1000000001000000000", "một tỷ tỷ không trăm linh một tỷ"},
      {"1234567890123456789",
       "một tỷ tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi tỷ "
       "một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín"},
      {"999999999999999999",
       "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ "
       "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
  };
  for (const auto& c : cases) {
    INFO(c.number);
    CHECK(w(c.number) == c.text);
  }
}

TEST_CASE("lẻ instead of linh is a setting", "[words]") {
  CHECK(w("105", ZeroTens::le) == "một trăm lẻ năm");
  CHECK(w("1005000", ZeroTens::le) == "một triệu không trăm lẻ năm nghìn");
  CHECK(w("2001", ZeroTens::le) == "hai nghìn không trăm lẻ một");
  CHECK(w("115", ZeroTens::le) == "một trăm mười lăm");
}

TEST_CASE("money in words as written on a document", "[words]") {
  WordsOptions o;
  o.capitalize = true;
  o.unit = "đồng";
  o.full_stop = true;
  CHECK(words(Decimal(1250000), o) == "Một triệu hai trăm năm mươi nghìn đồng.");
  CHECK(words(Decimal(0), o) == "Không đồng.");
  CHECK(words(Decimal(-5), o) == "Âm năm đồng.");
}

TEST_CASE("fractions are read after phẩy", "[words]") {
  CHECK(w("15.5") == "mười lăm phẩy năm");
  CHECK(w("0.25") == "không phẩy hai mươi lăm");
  CHECK(w("69.05") == "sáu mươi chín phẩy không năm");
  CHECK(w("7.50") == "bảy phẩy năm");  // trailing zeros are not read
}
