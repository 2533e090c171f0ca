// YAML/JSON data: values, exact numbers, positions, and the errors a clerk makes.
#include "data/yaml_reader.hpp"

#include <catch2/catch.hpp>

using namespace vanban;
using namespace vanban::data;

namespace {
const FileName kFile = std::make_shared<const std::string>("du-lieu.yaml");

std::optional<Value> parse(std::string_view text, Diagnostics& diags) { return read_yaml(text, kFile, diags); }

std::string first_error(std::string_view text) {
  Diagnostics diags;
  auto v = parse(text, diags);
  CHECK_FALSE(v);
  REQUIRE_FALSE(diags.empty());
  return diags.items()[0].format(Lang::vi);
}
}  // namespace

TEST_CASE("scalars resolve as YAML 1.2 with exact numbers", "[yaml]") {
  Diagnostics diags;
  auto v = parse(
      "so: 90\n"
      "giai_ngan: 15806.246\n"
      "ma_xa: 07\n"
      "ky_hieu: TB-UBND\n"
      "trong: \n"
      "dung: true\n"
      "co: yes\n"
      "chuoi_so: \"125\"\n"
      "am: -3.5\n",
      diags);
  REQUIRE(v);
  CHECK(diags.empty());
  CHECK(v->find("so")->as_number() == Decimal(90));
  CHECK(v->find("giai_ngan")->as_number().to_string() == "15806.246");
  CHECK(v->find("ma_xa")->as_string() == "07");
  CHECK(v->find("ky_hieu")->as_string() == "TB-UBND");
  CHECK(v->find("trong")->is_null());
  CHECK(v->find("dung")->as_bool());
  CHECK(v->find("co")->as_string() == "yes");  // YAML 1.2: yes is text
  CHECK(v->find("chuoi_so")->as_string() == "125");
  CHECK(v->find("am")->as_number() == *Decimal::parse("-3.5"));
}

TEST_CASE("every value keeps its line and column in code points", "[yaml]") {
  Diagnostics diags;
  auto v = parse(
      "dia_danh: Hà Tĩnh\n"
      "nhiem_vu:\n"
      "  - co_quan: Sở Tài chính\n"
      "    han: 2023-03-30\n",
      diags);
  REQUIRE(v);
  const Value* place = v->find("dia_danh");
  CHECK(place->pos().line == 1);
  CHECK(place->pos().column == 11);
  const Value& task = v->find("nhiem_vu")->as_list()[0];
  CHECK(task.find("co_quan")->pos().line == 3);
  CHECK(task.find("co_quan")->pos().column == 14);
  CHECK(task.find_member("han")->key_pos.line == 4);
  CHECK(task.find_member("han")->key_pos.column == 5);
  CHECK(*place->pos().file == "du-lieu.yaml");
}

TEST_CASE("JSON is read as YAML", "[yaml]") {
  Diagnostics diags;
  auto v = parse(R"({"don_vi": ["Can Lộc", "Đức Thọ"], "ke_hoach": 218703, "ty_le": 69.5})", diags);
  REQUIRE(v);
  CHECK(v->find("don_vi")->as_list()[1].as_string() == "Đức Thọ");
  CHECK(v->find("ke_hoach")->as_number() == Decimal(218703));
}

TEST_CASE("a byte-order mark does not shift columns", "[yaml]") {
  Diagnostics diags;
  auto v = parse("\xEF\xBB\xBFso: 5\n", diags);
  REQUIRE(v);
  CHECK(v->find("so")->pos().column == 5);
}

TEST_CASE("an empty file is an empty mapping", "[yaml]") {
  Diagnostics diags;
  auto v = parse("# chỉ có chú thích\n", diags);
  REQUIRE(v);
  CHECK(v->is_map());
  CHECK(v->size() == 0);
}

TEST_CASE("duplicate keys are an error at the second key, pointing at the first", "[yaml]") {
  CHECK(first_error("so: 90\nngay: 2023-03-28\nso: 91\n") ==
        "du-lieu.yaml:3:1: lỗi: khóa `so` lặp lại trong cùng một bảng\n  gợi ý: lần đầu ở dòng 1");
  CHECK(first_error("nguoi_ky:\n  ho_ten: A\n  ho_ten: B\n").rfind("du-lieu.yaml:3:3:", 0) == 0);
  CHECK(first_error(R"({"a": 1, "a": 2})").rfind("du-lieu.yaml:1:10:", 0) == 0);
}

TEST_CASE("every duplicate key of a file is reported", "[yaml]") {
  Diagnostics diags;
  CHECK_FALSE(parse("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n", diags));
  CHECK(diags.error_count() == 2);
}

TEST_CASE("a tab in indentation is reported where the tab is", "[yaml]") {
  CHECK(first_error("nguoi_ky:\n\tho_ten: Trần Báu Hà\n") ==
        "du-lieu.yaml:2:1: lỗi: ký tự Tab ở đầu dòng: YAML chỉ cho phép thụt lề bằng dấu cách\n"
        "  gợi ý: thay Tab bằng 2 dấu cách");
}

TEST_CASE("invalid UTF-8 is reported at the bad byte", "[yaml]") {
  // "Hà Tĩnh" typed in TCVN3 (ABC): à is 0xB5, ĩ is 0xDC.
  std::string e = first_error("so: 1\ndia_danh: H\xB5 T\xDCnh\n");
  CHECK(e.rfind("du-lieu.yaml:2:12: lỗi: byte 0xB5 không hợp lệ trong UTF-8", 0) == 0);
  CHECK(e.find("TCVN3") != std::string::npos);
}

TEST_CASE("syntax errors speak Vietnamese and point into the file", "[yaml]") {
  CHECK(first_error("don_vi: [Can Lộc, Đức Thọ\nso: 1\n").find("thiếu dấu `]` đóng") != std::string::npos);
  std::string e = first_error("a: 1\n b: 2\n");
  CHECK(e.rfind("du-lieu.yaml:2:", 0) == 0);
  CHECK(e.find("cú pháp YAML sai") != std::string::npos);
}

TEST_CASE("an unclosed bracket or quote names the line where it was opened", "[yaml]") {
  CHECK(first_error("so: 90\nnoi_nhan: [Sở Tài chính,\n  Sở Xây dựng\nngay: 2023-03-28\n") ==
        "du-lieu.yaml:4:5: lỗi: cú pháp YAML sai: thiếu dấu `]` đóng hoặc dấu `,` giữa hai mục (mở ở dòng 2)");
  CHECK(first_error("a: 1\ntrich_yeu: \"Về việc\nb: 2\n") ==
        "du-lieu.yaml:4:1: lỗi: cú pháp YAML sai: chuỗi mở ngoặc ở dòng 2 chưa đóng đến hết tệp");
  // The character that does not belong is quoted.
  CHECK(first_error("a: @x\n") == "du-lieu.yaml:1:4: lỗi: cú pháp YAML sai: ký tự không đúng chỗ: `@`");
}

TEST_CASE("anchors and aliases are resolved — unknown ones are errors", "[yaml]") {
  Diagnostics diags;
  auto v = parse("ky: &nguoi_ky {ho_ten: Trần Báu Hà}\nlai: *nguoi_ky\n", diags);
  REQUIRE(v);
  CHECK(v->find("lai")->find("ho_ten")->as_string() == "Trần Báu Hà");
  CHECK(first_error("a: *khong_co\n").rfind("du-lieu.yaml:1:4: lỗi: không có neo `khong_co`", 0) == 0);
  // An alias of the value it is inside is a cycle: too deep, not unknown.
  CHECK(first_error("a: &vong [1, *vong]\n").find("lồng nhau quá") != std::string::npos);
}

TEST_CASE("several documents in one file are refused", "[yaml]") {
  CHECK(first_error("a: 1\n---\nb: 2\n").find("nhiều tài liệu") != std::string::npos);
}

TEST_CASE("absurd nesting is an error, not a crash", "[yaml]") {
  std::string deep(300, '[');
  deep += std::string(300, ']');
  Diagnostics diags;
  CHECK_FALSE(parse("a: " + deep + "\n", diags));
  CHECK(diags.has_errors());
}

TEST_CASE("a stray comma or bracket opening the file is a syntax error, not an endless loop", "[yaml]") {
  // yaml-cpp, the parser before libyaml, looped forever, allocating, on these (found by fuzzing).
  CHECK(first_error(", {a: 1}\n") == "du-lieu.yaml:1:1: lỗi: cú pháp YAML sai: ký tự không đúng chỗ: `,`");
  // The NUL byte is refused before the parser sees the text.
  CHECK(first_error(std::string(", {\0", 4)).rfind("du-lieu.yaml:1:4: lỗi: byte NUL", 0) == 0);
  CHECK(first_error(", {").rfind("du-lieu.yaml:1:1:", 0) == 0);
  CHECK(first_error("]\n").find("cú pháp YAML sai") != std::string::npos);
  CHECK(first_error("a: 1\n---\n,\n").find("nhiều tài liệu") != std::string::npos);
}

TEST_CASE("numbers follow the one rule: the Unicode minus, and no silent text for numbers too big", "[yaml]") {
  Diagnostics diags;
  auto v = parse("am: \xE2\x88\x92" "4.5\nvua: 123456789012345678901234567890\nma: \"1e400\"\nchu: \xE2\x88\x92" "x\n",
                 diags);
  REQUIRE(v);
  CHECK(diags.empty());
  CHECK(v->find("am")->as_number() == *Decimal::parse("-4.5"));
  CHECK(v->find("vua")->as_number() == *Decimal::parse("123456789012345678901234567890"));
  CHECK(v->find("ma")->as_string() == "1e400");  // quoted: text
  CHECK(v->find("chu")->as_string() == "\xE2\x88\x92" "x");
  CHECK(first_error("tong: 1e400\n").rfind(
            "du-lieu.yaml:1:7: lỗi: `1e400` là một số nhưng quá lớn hoặc quá nhiều chữ số để tính chính xác", 0) == 0);
  CHECK(first_error("a: 1\nb: -1234567890123456789012345678901234567890\n").rfind("du-lieu.yaml:2:4: lỗi: `-1234567890", 0) ==
        0);
}

TEST_CASE("the merge key `<<` is refused at the key — a quoted \"<<\" is an ordinary key", "[yaml]") {
  CHECK(first_error("chung: &c\n  a: 1\nb:\n  <<: *c\n  d: 2\n").rfind(
            "du-lieu.yaml:4:3: lỗi: khóa gộp `<<` không được hỗ trợ", 0) == 0);
  Diagnostics diags;
  auto v = parse("\"<<\": mũi tên\n", diags);
  REQUIRE(v);
  CHECK(v->find("<<")->as_string() == "mũi tên");
}

TEST_CASE("CR alone ends a line (old Mac files) — CRLF inside a quoted value becomes LF", "[yaml]") {
  Diagnostics diags;
  auto v = parse("so: 90\rten: \"Cẩm\r\n  Xuyên\"\rghi_chu: |\r  a\r\n  b\r", diags);
  REQUIRE(v);
  CHECK(diags.empty());
  CHECK(v->find("so")->as_number() == Decimal(90));
  CHECK(v->find("ten")->as_string() == "Cẩm Xuyên");
  CHECK(v->find("ghi_chu")->as_string() == "a\nb\n");
  CHECK(v->find("ghi_chu")->pos().line == 4);
  CHECK(first_error("a: 1\rb: 2\rb: 3\r").rfind("du-lieu.yaml:3:1: lỗi: khóa `b` lặp lại", 0) == 0);
}

TEST_CASE("a NUL byte is named where it is, not taken for an escape sequence", "[yaml]") {
  // It was reported as "chuỗi thoát `\` không hiểu được" (an unknown escape).
  CHECK(first_error(std::string("so: 1\ntrich_yeu: Th\0u\n", 22)) ==
        "du-lieu.yaml:2:14: lỗi: byte NUL (0x00) trong tệp văn bản: tệp bị hỏng hoặc không phải là văn bản\n"
        "  gợi ý: mở tệp bằng trình soạn thảo văn bản, xóa ký tự lạ ở chỗ này rồi lưu bằng UTF-8");
  CHECK(first_error(std::string("a: \"x\0y\"\n", 9)).rfind("du-lieu.yaml:1:6: lỗi: byte NUL", 0) == 0);
}
