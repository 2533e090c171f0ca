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

namespace {

// One table of two columns, `Đơn vị` and `Ghi chú`, placed in the body.
vanban::document::Document one_table(const std::string& note, const std::string& title = "BẢNG THỬ") {
  using namespace vanban::document;
  Document doc;
  Table t;
  t.name = "thu";
  t.title = title;
  t.sheet = "Thu";
  t.columns.resize(2);
  t.columns[0].header = "Đơn vị";
  t.columns[1].header = "Ghi chú";
  t.header = {HeaderCell{"Đơn vị", 0, 0, 1, 1}, HeaderCell{"Ghi chú", 0, 1, 1, 1}};
  TableRow first, second;
  first.cells.resize(2);
  first.cells[0].text = "Can Lộc";
  first.cells[1].text = "đúng hạn";
  second.cells.resize(2);
  second.cells[0].text = "Đức Thọ";
  second.cells[1].text = note;
  t.rows = {first, second};
  doc.tables.push_back(t);
  Block b;
  b.kind = Block::Kind::table;
  b.name = "thu";
  doc.body.push_back(b);
  return doc;
}

// `n` Vietnamese letters: more bytes than characters, as clerks' text is.
std::string letters(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += "ệ";
  return s;
}

}  // namespace

TEST_CASE("a cell Excel cannot hold is an error naming its table, row and column, not a missing cell", "[xlsx]") {
  using namespace vanban;
  Diagnostics diags;
  CHECK_FALSE(xlsx::write_xlsx(one_table(letters(32768)), {}, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].id == "xlsx.cell_too_long");
  CHECK(diags.items()[0].text(Lang::vi) ==
        "ô ở dòng 2 cột `Ghi chú` của bảng `thu` dài 32768 ký tự; một ô Excel chứa tối đa 32.767 ký tự");

  // Exactly 32,767 characters (three times as many bytes) fit.
  Diagnostics fits;
  CHECK(xlsx::write_xlsx(one_table(letters(32767)), {}, fits));
  CHECK(fits.empty());

  // A title too long for its merged cell is named too.
  Diagnostics title;
  CHECK_FALSE(xlsx::write_xlsx(one_table("x", letters(40000)), {}, title));
  REQUIRE(title.items().size() == 1);
  CHECK(title.items()[0].id == "xlsx.text_too_long");
  CHECK(title.items()[0].text(Lang::en) == "the title of table `thu` is 40000 characters long; an Excel cell holds at most 32,767");
}
