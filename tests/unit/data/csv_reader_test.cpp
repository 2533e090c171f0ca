// CSV tables as Vietnamese Excel exports them.
#include "data/csv_reader.hpp"

#include <catch2/catch.hpp>

using namespace vanban;
using namespace vanban::data;

namespace {
const FileName kFile = std::make_shared<const std::string>("bieu-1.csv");

Value read_ok(std::string_view text, const CsvOptions& o = {}) {
  Diagnostics diags;
  auto v = read_csv(text, kFile, o, diags);
  INFO(diags.format(Lang::vi));
  REQUIRE(v);
  return *v;
}

std::string first_error(std::string_view text, const CsvOptions& o = {}) {
  Diagnostics diags;
  CHECK_FALSE(read_csv(text, kFile, o, diags));
  REQUIRE_FALSE(diags.empty());
  return diags.items()[0].format(Lang::vi);
}
}  // namespace

TEST_CASE("semicolon CSV with decimal commas reads Vietnamese numbers", "[csv]") {
  Value rows = read_ok(
      "\xEF\xBB\xBFSTT;Đơn vị;Kế hoạch;Tỷ lệ\r\n"
      "1;Hương Sơn;218.703;69,5\r\n"
      "2;Can Lộc;1.234.567;100\r\n");
  REQUIRE(rows.size() == 2);
  const Value& r = rows.as_list()[0];
  CHECK(r.find("Đơn vị")->as_string() == "Hương Sơn");
  CHECK(r.find("Kế hoạch")->as_number() == Decimal(218703));
  CHECK(r.find("Tỷ lệ")->as_number() == *Decimal::parse("69.5"));
  CHECK(rows.as_list()[1].find("Kế hoạch")->as_number() == Decimal(1234567));
  CHECK(r.find("STT")->as_number() == Decimal(1));
  CHECK(r.find("Tỷ lệ")->pos().line == 2);
  CHECK(r.find("Tỷ lệ")->pos().column == 21);
}

TEST_CASE("comma CSV uses a decimal point", "[csv]") {
  Value rows = read_ok("don_vi,ke_hoach,giai_ngan\nCan Lộc,20000,15806.246\nĐức Thọ,\"1,500\",0.5\n");
  CHECK(rows.as_list()[0].find("giai_ngan")->as_number().to_string() == "15806.246");
  CHECK(rows.as_list()[1].find("ke_hoach")->as_number() == Decimal(1500));
}

TEST_CASE("quoted fields hold separators, quotes and newlines (RFC 4180)", "[csv]") {
  Value rows = read_ok("ten;ghi_chu\n\"Sở Nông nghiệp; PTNT\";\"dòng 1\ndòng \"\"2\"\"\"\nB;x\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows.as_list()[0].find("ten")->as_string() == "Sở Nông nghiệp; PTNT");
  CHECK(rows.as_list()[0].find("ghi_chu")->as_string() == "dòng 1\ndòng \"2\"");
  CHECK(rows.as_list()[1].find("ten")->pos().line == 4);
}

TEST_CASE("empty cells are null and empty rows are skipped", "[csv]") {
  Value rows = read_ok("a;b\n1;\n;;\n\n2;3\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows.as_list()[0].find("b")->is_null());
}

TEST_CASE("codes with a leading zero stay text", "[csv]") {
  Value rows = read_ok("ma;so\n01;5\n02;6\n");
  CHECK(rows.as_list()[0].find("ma")->as_string() == "01");
}

TEST_CASE("a row with too many or too few fields is an error with its line", "[csv]") {
  CHECK(first_error("a;b;c\n1;2;3\n1;2\n") == "bieu-1.csv:3:1: lỗi: dòng có 2 ô, tiêu đề có 3 cột");
  CHECK(first_error("a;b\n1;2;3\n") == "bieu-1.csv:2:1: lỗi: dòng có 3 ô, tiêu đề có 2 cột");
}

TEST_CASE("every short row is reported, not just the first", "[csv]") {
  Diagnostics diags;
  CHECK_FALSE(read_csv("a;b\n1\n2\n3;4\n5\n", kFile, {}, diags));
  CHECK(diags.error_count() == 3);
}

TEST_CASE("text in a numeric column is an error at its cell", "[csv]") {
  CHECK(first_error("don_vi;ke_hoach\nA;218.703\nB;1.000\nC;#DIV/0!\n") ==
        "bieu-1.csv:4:3: lỗi: `#DIV/0!` không phải là số (cột `ke_hoach` là cột số)\n"
        "  gợi ý: viết số như Excel tiếng Việt: 218.703 hoặc 69,5");
  CsvOptions declared;
  declared.numeric_columns = {"ke_hoach"};
  CHECK(first_error("don_vi;ke_hoach\nA;hai trăm\n", declared).find("`hai trăm` không phải là số") !=
        std::string::npos);
  // A wrongly grouped figure is not silently misread.
  CHECK(first_error("x;y\n1;2\n2;3\n3;15806.246\n").find("`15806.246` không phải là số") != std::string::npos);
}

TEST_CASE("declared text columns never become numbers", "[csv]") {
  CsvOptions o;
  o.text_columns = {"ma"};
  Value rows = read_ok("ma;x\n10;1\n20;2\n", o);
  CHECK(rows.as_list()[0].find("ma")->as_string() == "10");
}

TEST_CASE("an unterminated quote is reported where it opens", "[csv]") {
  CHECK(first_error("a;b\n1;\"abc\n2;3\n") == "bieu-1.csv:2:3: lỗi: dấu ngoặc kép `\"` mở ở đây không được đóng");
}

TEST_CASE("a header needs names, each once", "[csv]") {
  CHECK(first_error("a;;c\n1;2;3\n") == "bieu-1.csv:1:3: lỗi: cột 2 không có tiêu đề");
  CHECK(first_error("a;a\n1;2\n") == "bieu-1.csv:1:3: lỗi: tiêu đề cột `a` lặp lại");
  CHECK(first_error("") == "bieu-1.csv:1:1: lỗi: tệp CSV trống: cần một dòng tiêu đề");
}

TEST_CASE("invalid UTF-8 in a CSV is reported at the bad byte", "[csv]") {
  CHECK(first_error("a;b\n1;H\xB5\n").rfind("bieu-1.csv:2:4: lỗi: byte 0xB5", 0) == 0);
}

TEST_CASE("CRLF inside a quoted cell becomes a line break, never a CR in the value", "[csv]") {
  Value rows = read_ok("ten;ghi_chu\r\n\"Cẩm\r\nXuyên\";\"a\rb\"\r\nCan Lộc;x\r\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows.as_list()[0].find("ten")->as_string() == "Cẩm\nXuyên");
  CHECK(rows.as_list()[0].find("ghi_chu")->as_string() == "a\nb");
  // Lines are the file's (a lone CR ends one too): the second row starts on line 5.
  CHECK(rows.as_list()[1].find("ten")->pos().line == 5);
}

TEST_CASE("CR alone ends a line (old Mac files), with the right line numbers", "[csv]") {
  Value rows = read_ok("ten;so\rCan Lộc;5\rĐức Thọ;7\r");
  REQUIRE(rows.size() == 2);
  CHECK(rows.as_list()[1].find("ten")->as_string() == "Đức Thọ");
  CHECK(rows.as_list()[1].find("so")->as_number() == Decimal(7));
  CHECK(rows.as_list()[1].find("so")->pos().line == 3);
  CHECK(first_error("ten;so\rCan Lộc;5\rĐức Thọ\r") == "bieu-1.csv:3:1: lỗi: dòng có 1 ô, tiêu đề có 2 cột");
}

TEST_CASE("Excel's sep= line declares the separator and is not the header", "[csv]") {
  // Without the declaration, `,` would be the most frequent in the header.
  Value rows = read_ok("sep=;\r\nten;so, lần 1, lần 2\r\nCan Lộc;1,5\r\nĐức Thọ;2\r\n");
  REQUIRE(rows.size() == 2);
  const Value& r = rows.as_list()[0];
  CHECK(r.find("ten")->as_string() == "Can Lộc");
  CHECK(r.find("so, lần 1, lần 2")->as_number() == *Decimal::parse("1.5"));
  CHECK(r.find("ten")->pos().line == 3);
}

TEST_CASE("text after a closing quote is an error at that text", "[csv]") {
  CHECK(first_error("ten;so\nCan Lộc;\"2\"x\nĐức Thọ;3\n") ==
        "bieu-1.csv:2:12: lỗi: chữ `x` sau dấu ngoặc kép đóng ô; cả ô phải nằm trong ngoặc kép");
  Value rows = read_ok("ten;so\n\"Can Lộc\"  ;2\n");  // spaces may follow
  CHECK(rows.as_list()[0].find("ten")->as_string() == "Can Lộc");
}

TEST_CASE("numbers too long to keep exactly are errors at their cell, not text", "[csv]") {
  CHECK(first_error("ten;so\nA;1e400\n") ==
        "bieu-1.csv:2:3: lỗi: `1e400` là một số nhưng quá lớn hoặc quá nhiều chữ số để tính chính xác\n"
        "  gợi ý: một số có tối đa 38 chữ số, trong đó tối đa 30 chữ số sau dấu thập phân; nếu đây là một mã, hãy ghi "
        "nó là chữ");
  CsvOptions text;
  text.text_columns = {"so"};
  CHECK(read_ok("ten;so\nA;1e400\n", text).as_list()[0].find("so")->as_string() == "1e400");
}

TEST_CASE("a percent sign in a numeric column is an error at its cell", "[csv]") {
  CHECK(first_error("ten;ty_le\nA;12%\nB;15\nC;20\n").rfind(
            "bieu-1.csv:2:3: lỗi: `12%` có dấu `%` (cột `ty_le` là cột số)\n  gợi ý: ghi số phần trăm không có dấu `%`", 0) ==
        0);
}

TEST_CASE("UTF-16 from Excel's Unicode Text is named, not taken for TCVN3", "[csv]") {
  CHECK(first_error(std::string("\xFF\xFEt\0e\0n\0\n\0", 10)).rfind(
            "bieu-1.csv:1:1: lỗi: tệp được lưu bằng UTF-16 LE (có dấu BOM ở đầu), không phải UTF-8\n"
            "  gợi ý: mở tệp và lưu lại dưới dạng UTF-8", 0) == 0);
}
