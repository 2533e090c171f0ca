// Setting tables: widths, the merged header grid, rows, and a row taller than a page cut between lines.
#include "layout/table.hpp"

#include "test_fonts.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>

using namespace vanban;
using namespace vanban::layout;

namespace {

using testing::fonts;

document::Table two_columns(const std::string& text) {
  document::Table t;
  t.name = "bieu";
  t.columns.resize(2);
  t.columns[0].header = "Nội dung";
  t.columns[1].header = "Số";
  t.columns[1].width_mm = 30;
  t.columns[1].numeric = true;
  t.columns[1].align = document::Align::right;
  t.header = {{"Nội dung", 0, 0, 1, 1}, {"Số", 0, 1, 1, 1}};
  document::TableRow r;
  r.cells.resize(2);
  r.cells[0].text = text;
  r.cells[1].text = "1.234";
  t.rows = {r, r};
  return t;
}

}  // namespace

TEST_CASE("columns without a width share the rest — rows are as tall as their tallest cell", "[table]") {
  Diagnostics diags;
  TableStyle s;
  auto set = set_table(two_columns("Cẩm Xuyên"), fonts(), s, 85, 467.7, 700, diags);
  REQUIRE(set);
  CHECK(diags.error_count() == 0);
  CHECK(set->width == Approx(467.7));
  REQUIRE(set->rows.size() == 2);
  CHECK(set->rows[0].top == Approx(s.leading + 2 * s.pad_y));
  CHECK_FALSE(set->header.break_after);
  // The figure is right-aligned: it ends one padding before the table's right edge.
  const GlyphRun* figure = nullptr;
  for (const auto& r : set->rows[0].runs) {
    if (r.text == "1.234") figure = &r;
  }
  REQUIRE(figure);
  CHECK(figure->x + figure->width == Approx(85 + 467.7 - s.pad_x).margin(0.05));
}

TEST_CASE("a row taller than the room of a page is cut between lines, and only then", "[table]") {
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "xã đạt chuẩn nông thôn mới ";
  Diagnostics diags;
  TableStyle s;
  auto set = set_table(two_columns(long_text), fonts(), s, 85, 467.7, 300, diags);
  REQUIRE(set);
  REQUIRE(set->rows.size() > 4);  // two rows, each cut in several parts
  for (const auto& b : set->rows) CHECK(b.top <= 300 - set->header.top + 0.01);
  auto whole = set_table(two_columns("Cẩm Xuyên"), fonts(), s, 85, 467.7, 300, diags);
  REQUIRE(whole);
  CHECK(whole->rows.size() == 2);
}

TEST_CASE("a table wider than the text block is an error naming it", "[table]") {
  Diagnostics diags;
  auto t = two_columns("x");
  t.columns[0].width_mm = 200;
  CHECK_FALSE(set_table(t, fonts(), TableStyle{}, 85, 467.7, 700, diags));
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.items()[0].id == "layout.table_too_wide");
}

TEST_CASE("a group's heading row stays with the group's first row — other rows may end a page", "[table]") {
  document::Table t = two_columns("Xã Cẩm Xuyên");
  document::TableRow heading = t.rows[0];
  heading.kind = document::TableRow::Kind::group;
  heading.cells[0].text = "Khu vực đồng bằng";
  t.rows = {t.rows[0], heading, t.rows[0], t.rows[0]};
  Diagnostics diags;
  auto set = set_table(t, fonts(), TableStyle{}, 85, 467.7, 700, diags);
  REQUIRE(set);
  REQUIRE(set->rows.size() == 4);
  CHECK(set->rows[0].break_after);
  CHECK_FALSE(set->rows[1].break_after);  // never the last line of a page
  CHECK(set->rows[2].break_after);
  CHECK(set->rows[3].break_after);
}
