// Cell references: the column letters Excel uses. The workbook read back by
// our own reader; Excel's limits as errors.
#include "xlsx/writer.hpp"
#include "data/xlsx_reader.hpp"

#include "core/atomic_file.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

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

namespace {

using vanban::Diagnostics;

// The workbook's rows as our own XLSX reader sees them: the header row, then
// a map per body row.
vanban::data::Value read_back(const std::string& bytes) {
  Diagnostics diags;
  auto file = std::make_shared<const std::string>("thu.xlsx");
  auto rows = vanban::data::read_xlsx(bytes, file, {}, diags);
  const std::string problem = diags.items().empty() ? std::string() : diags.items()[0].text(vanban::Lang::en);
  INFO(problem);
  REQUIRE(rows);
  return *rows;
}

std::string cell(const vanban::data::Value& rows, size_t row, const char* column) {
  const vanban::data::Value* v = rows.as_list().at(row).find(column);
  REQUIRE(v);
  return v->is_number() ? v->as_number().to_string() : v->as_string();
}

}  // namespace

TEST_CASE("a workbook reads back cell for cell: text escaped, lines kept, numbers and cached formulas", "[xlsx]") {
  using namespace vanban::document;
  Document doc = one_table("a < b & c > d \"e\"", "");
  Table& t = doc.tables[0];
  t.rows[0].cells[1].text = "hai\ndòng";
  t.rows[0].cells[0].text = "Can\x01Lộc";  // a control character XML cannot carry: Excel's _x0001_
  // A number column whose second cell is a formula: SUM of the row above.
  t.columns.resize(3);
  t.columns[2].header = "Số";
  t.columns[2].numeric = true;
  t.columns[2].decimals = 2;
  t.header.push_back(HeaderCell{"Số", 0, 2, 1, 1});
  Formula sum;
  sum.kind = Formula::Kind::sum_rows;
  sum.rows = {0};
  t.formulas.push_back(sum);
  t.rows[0].cells.resize(3);
  t.rows[0].cells[2].text = "1.234,50";
  t.rows[0].cells[2].value = vanban::Decimal::parse("1234.5").value();
  t.rows[0].cells[2].is_number = true;
  t.rows[1].cells.resize(3);
  t.rows[1].cells[2] = t.rows[0].cells[2];
  t.rows[1].cells[2].formula = 0;

  Diagnostics diags;
  auto bytes = vanban::xlsx::write_xlsx(doc, {}, diags);
  REQUIRE(bytes);
  CHECK(diags.empty());
  const auto rows = read_back(*bytes);
  REQUIRE(rows.as_list().size() == 2);
  CHECK(cell(rows, 0, "Đơn vị") == "Can\x01Lộc");
  CHECK(cell(rows, 0, "Ghi chú") == "hai\ndòng");
  CHECK(cell(rows, 1, "Ghi chú") == "a < b & c > d \"e\"");
  CHECK(cell(rows, 0, "Số") == "1234.5");
  CHECK(cell(rows, 1, "Số") == "1234.5");  // the formula's cached value

  // The same document, the same bytes.
  Diagnostics again;
  CHECK(vanban::xlsx::write_xlsx(doc, {}, again) == bytes);
}

TEST_CASE("a table wider than an Excel sheet is one error naming it, and no workbook", "[xlsx]") {
  using namespace vanban::document;
  Document doc = one_table("x");
  Table& t = doc.tables[0];
  t.columns.resize(16385);
  for (auto& row : t.rows) row.cells.resize(16385);
  Diagnostics diags;
  CHECK_FALSE(vanban::xlsx::write_xlsx(doc, {}, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].id == "xlsx.too_big");
  CHECK(diags.items()[0].text(vanban::Lang::en) ==
        "table `thu` has 2 rows and 16385 columns; an Excel sheet holds at most 1,048,576 rows (title and header "
        "included) and 16,384 columns");
  // kXlsxSheetTooBigHint
  CHECK(diags.items()[0].hint(vanban::Lang::en) == "split the table into several, or make only the PDF (`--format pdf`)");
}

TEST_CASE("a workbook past 1 MB goes into the scratch file: the same bytes, and it reads back", "[xlsx]") {
  using namespace vanban;
  // 30,000 rows of text that does not compress well (a 100,000-row table's
  // workbook, smaller): more than 1 MB of zip.
  document::Document doc = one_table("x", "");  // no title: the header is the first row read back
  document::Table& t = doc.tables[0];
  t.rows.resize(30000);
  uint64_t seed = 12345;
  auto word = [&seed] {
    std::string s;
    for (int i = 0; i < 24; ++i) {
      seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
      s += "abcdeghiklmnopqrstuvxy"[(seed >> 33) % 22];
    }
    return s;
  };
  for (auto& row : t.rows) {
    row.cells.resize(2);
    row.cells[0].text = word();
    row.cells[1].text = word();
  }
  Diagnostics diags;
  const auto whole = xlsx::write_xlsx(doc, {}, diags);
  REQUIRE(whole);
  REQUIRE(whole->size() > (size_t(1) << 20));

  int error = 0;
  std::optional<ScratchFile> scratch = ScratchFile::create(std::filesystem::temp_directory_path(), error);
  REQUIRE(scratch);
  const auto rest = xlsx::write_xlsx(doc, {}, diags, &*scratch);
  REQUIRE(rest);
  CHECK(rest->empty());  // nothing left in memory: it is all in the scratch file
  CHECK(diags.empty());
  REQUIRE(scratch->size() == whole->size());
  const auto copy = std::filesystem::temp_directory_path() / "vanban-spilled.xlsx";
  AtomicFile out(copy);
  REQUIRE_FALSE(out.open());
  REQUIRE_FALSE(scratch->copy_to(out));
  REQUIRE_FALSE(out.commit());
  std::ifstream in(copy, std::ios::binary);
  const std::string back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(copy);
  CHECK(back == *whole);  // the local headers patched after each part: the same zip as in memory
  const auto rows = read_back(back);
  REQUIRE(rows.as_list().size() == 30000);
  CHECK(cell(rows, 0, "Đơn vị") == t.rows[0].cells[0].text);
  CHECK(cell(rows, 29999, "Ghi chú") == t.rows[29999].cells[1].text);
}
