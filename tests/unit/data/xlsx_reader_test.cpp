// XLSX tables: the header row, cell positions, Excel's binary doubles, sheets by name, broken files.
#include "data/xlsx_reader.hpp"

#include "core/atomic_file.hpp"

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <filesystem>

using namespace vanban;
using namespace vanban::data;
namespace fs = std::filesystem;

namespace {

const auto kFile = std::make_shared<const std::string>("so-lieu.xlsx");

std::string slurp(const fs::path& p) {
  Diagnostic err;
  auto text = read_file(p, err);
  REQUIRE(text);
  return *text;
}

// A workbook written by libxlsxwriter: sheet "Tháng 5" with a header, two rows.
std::string made_workbook() {
  fs::path path = fs::temp_directory_path() / ("vanban-xlsx-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* first = workbook_add_worksheet(wb, "Ghi chú");
  worksheet_write_string(first, 0, 0, "không phải số liệu", nullptr);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Tháng 5");
  worksheet_write_string(ws, 1, 0, "don_vi", nullptr);  // row 2: a title row above may be empty
  worksheet_write_string(ws, 1, 1, "duong_th (km)", nullptr);
  worksheet_write_string(ws, 1, 3, "ghi_chu", nullptr);
  worksheet_write_string(ws, 2, 0, "Huyện Can Lộc", nullptr);
  worksheet_write_number(ws, 2, 1, 0.1 + 0.2, nullptr);  // stored as 0.30000000000000004
  worksheet_write_string(ws, 2, 3, "  đúng hạn  ", nullptr);
  worksheet_write_string(ws, 3, 0, "Thị xã Kỳ Anh", nullptr);
  worksheet_write_string(ws, 3, 1, "5,18", nullptr);  // a number typed as text stays text
  worksheet_write_number(ws, 3, 2, 7, nullptr);        // a cell under no header
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
  std::string bytes = slurp(path);
  fs::remove(path);
  return bytes;
}

}  // namespace

TEST_CASE("a district's workbook saved by LibreOffice reads as one row under its header", "[xlsx]") {
  std::string bytes = slurp(fs::path(VANBAN_SOURCE_DIR) / "samples/compile/huyen/huyen-can-loc/2023-05.xlsx");
  Diagnostics diags;
  auto rows = read_xlsx(bytes, kFile, {}, diags);
  REQUIRE(diags.format(Lang::vi) == "");
  REQUIRE(rows);
  REQUIRE(rows->as_list().size() == 1);
  const Value& row = rows->as_list()[0];
  CHECK(row.find("don_vi")->as_string() == "Can Lộc");
  REQUIRE(row.find("duong_th (km)"));
  CHECK(row.find("duong_th (km)")->is_number());
  CHECK(row.find("duong_th (km)")->pos().line == 2);
  CHECK(row.find("duong_th (km)")->pos().column == 6);  // F2: after don_vi and four plans
}

TEST_CASE("a named sheet, positions as row:column, doubles as the clerk typed them", "[xlsx]") {
  std::string bytes = made_workbook();
  Diagnostics diags;
  XlsxOptions o;
  o.sheet = "Tháng 5";
  auto rows = read_xlsx(bytes, kFile, o, diags);
  std::string e = diags.format(Lang::vi);
  CHECK(e == "so-lieu.xlsx:4:3: lỗi: ô C4 có dữ liệu nhưng cột của nó không có tiêu đề\n");
  CHECK_FALSE(rows);

  // Without the stray cell the table reads.
  Diagnostics d2;
  auto first = read_xlsx(bytes, kFile, {}, d2);  // the first sheet: one header, no rows
  REQUIRE(first);
  CHECK(first->as_list().empty());
}

TEST_CASE("the values of a made workbook", "[xlsx]") {
  fs::path path = fs::temp_directory_path() / ("vanban-xlsx2-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Số liệu");
  worksheet_write_string(ws, 0, 0, "don_vi", nullptr);
  worksheet_write_string(ws, 0, 1, "duong_th", nullptr);
  worksheet_write_string(ws, 0, 2, "ghi_chu", nullptr);
  worksheet_write_string(ws, 1, 0, "Huyện Can Lộc", nullptr);
  worksheet_write_number(ws, 1, 1, 0.1 + 0.2, nullptr);
  worksheet_write_string(ws, 1, 2, "  đúng hạn  ", nullptr);
  worksheet_write_string(ws, 2, 0, "Thị xã Kỳ Anh", nullptr);
  worksheet_write_string(ws, 2, 1, "5,18", nullptr);
  worksheet_write_number(ws, 3, 1, 15806.246, nullptr);  // a row without a unit name still reads
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
  std::string bytes = slurp(path);
  fs::remove(path);
  Diagnostics diags;
  auto rows = read_xlsx(bytes, kFile, {}, diags);
  REQUIRE(diags.format(Lang::vi) == "");
  REQUIRE(rows);
  const auto& list = rows->as_list();
  REQUIRE(list.size() == 3);
  CHECK(list[0].find("duong_th")->as_number().to_string() == "0.3");
  CHECK(list[0].find("ghi_chu")->as_string() == "đúng hạn");
  CHECK(list[1].find("duong_th")->as_string() == "5,18");
  CHECK(list[2].find("duong_th")->as_number().to_string() == "15806.246");
  CHECK(list[2].find("duong_th")->pos().line == 4);
  CHECK(list[2].find("duong_th")->pos().column == 2);
}

TEST_CASE("a missing sheet, and a file that is not a workbook", "[xlsx]") {
  std::string bytes = made_workbook();
  Diagnostics diags;
  XlsxOptions o;
  o.sheet = "Tháng 6";
  CHECK_FALSE(read_xlsx(bytes, kFile, o, diags));
  CHECK(diags.format(Lang::vi) == "so-lieu.xlsx: lỗi: tệp Excel không có trang tính `Tháng 6`\n"
                                  "  gợi ý: có phải ý bạn là `Tháng 5`?\n");
  Diagnostics d2;
  CHECK_FALSE(read_xlsx("TT;don_vi\n1;Can Lộc\n", kFile, {}, d2));
  CHECK(d2.format(Lang::vi).find("không phải .xlsx") != std::string::npos);
}

TEST_CASE("cell references", "[xlsx]") {
  CHECK(cell_position("A1") == std::pair<int, int>{1, 1});
  CHECK(cell_position("B7") == std::pair<int, int>{7, 2});
  CHECK(cell_position("AA10") == std::pair<int, int>{10, 27});
  CHECK(cell_position("XFD1048576") == std::pair<int, int>{1048576, 16384});
  CHECK(cell_position("7B") == std::pair<int, int>{0, 0});
  CHECK(cell_position("") == std::pair<int, int>{0, 0});
}

TEST_CASE("a CR in a cell (Excel writes `_x000D_`) becomes a line break, never a character", "[xlsx]") {
  fs::path path = fs::temp_directory_path() / ("vanban-xlsx-cr-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
  worksheet_write_string(ws, 0, 0, "ten", nullptr);
  worksheet_write_string(ws, 1, 0, "Cẩm\r\nXuyên", nullptr);
  worksheet_write_string(ws, 2, 0, "Can\rLộc", nullptr);
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
  std::string bytes = slurp(path);
  fs::remove(path);
  Diagnostics diags;
  auto rows = read_xlsx(bytes, kFile, {}, diags);
  REQUIRE(rows);
  CHECK(rows->as_list()[0].find("ten")->as_string() == "Cẩm\nXuyên");
  CHECK(rows->as_list()[1].find("ten")->as_string() == "Can\nLộc");
}
