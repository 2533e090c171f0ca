// Cell references: the column letters Excel uses.
#include "xlsx/writer.hpp"

#include <catch2/catch.hpp>

using vanban::xlsx::column_letters;

TEST_CASE("columns are lettered A…Z, AA…ZZ, AAA", "[xlsx]") {
  CHECK(column_letters(0) == "A");
  CHECK(column_letters(2) == "C");
  CHECK(column_letters(25) == "Z");
  CHECK(column_letters(26) == "AA");
  CHECK(column_letters(51) == "AZ");
  CHECK(column_letters(701) == "ZZ");
  CHECK(column_letters(702) == "AAA");
}
