// The frame of each document shape (docs/SHAPES.md), drawn by layout::Frame
// from synthetic fields: one behaviour a reader can check against Phụ lục III per case.
#include "layout/frame.hpp"

#include "test_fonts.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace vanban;
using namespace vanban::layout;
using testing::fonts;

namespace {

const Geometry kG = geometry_for(document::Profile::nd30);

double centre(const GlyphRun& r) { return r.x + r.width / 2; }

const GlyphRun* run_with(const FlowBox& box, std::string_view text) {
  for (const GlyphRun& r : box.runs) {
    if (r.text.find(text) != std::string::npos) return &r;
  }
  return nullptr;
}

document::Fields letter() {
  document::Fields f;
  f.shape = document::Shape::letter;
  f.parent_body = "UBND tỉnh Hà Tĩnh";
  f.issuer = "Văn phòng";
  f.number = "1482";
  f.symbol = "VP-NL4";
  f.place = "Hà Tĩnh";
  f.date = locale::Date{2026, 11, 18};
  f.year = 2026;
  f.type = "CÔNG VĂN";
  f.summary = "rà soát, báo cáo thiệt hại do mưa lũ";
  f.addressee_label = "Kính gửi";
  f.addressees = {"Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Ủy ban nhân dân các xã, phường"};
  f.recipients = {"Như trên", "Lưu: VT, NL4"};
  f.signer.authority = {"KT. CHÁNH VĂN PHÒNG"};
  f.signer.title = "PHÓ CHÁNH VĂN PHÒNG";
  f.signer.name = "Lê Văn Thành";
  return f;
}

// The run holding `text`; the test stops when there is none.
const GlyphRun& need(const FlowBox& box, std::string_view text) {
  const GlyphRun* r = run_with(box, text);
  INFO("no run holds " << text);
  REQUIRE(r);
  return *r;
}

FlowBox header_of(const document::Fields& f, document::Profile profile = document::Profile::nd30) {
  Diagnostics diags;
  Geometry g = geometry_for(profile);
  Frame frame(fonts(), g, profile, diags);
  double gap = 0;
  FlowBox box = frame.header(f, gap);
  REQUIRE_FALSE(diags.has_errors());
  return box;
}

}  // namespace

TEST_CASE("Công văn: V/v centred under Số, 6 pt below it, and no type line", "[layout][frame]") {
  FlowBox box = header_of(letter());
  const GlyphRun* number = &need(box, "Số: 1482/VP-NL4");
  const GlyphRun* vv = &need(box, "V/v rà soát");
  CHECK(kG.vv_gap == 6);
  // 6 pt between the lines: one V/v line (its size × the header leading) plus the gap.
  CHECK(vv->y - number->y == Approx(kG.vv_gap + kG.vv_size * kG.header_leading));
  CHECK(vv->size == kG.vv_size);
  CHECK(vv->style == FontStyle::regular);
  CHECK(std::fabs(centre(*vv) - centre(*number)) < 0.5);
  CHECK_FALSE(run_with(box, "CÔNG VĂN"));
}

TEST_CASE("Kính gửi with several addressees: dashes aligned under the colon, a semicolon after each, a full stop after the last", "[layout][frame]") {
  FlowBox box = header_of(letter());
  const GlyphRun* label = &need(box, "Kính gửi:");
  const double colon_x = label->x + fonts().width("Kính gửi", FontStyle::regular, label->size);
  std::vector<const GlyphRun*> items;
  for (const GlyphRun& r : box.runs) {
    if (r.text.rfind("- ", 0) == 0) items.push_back(&r);
  }
  REQUIRE(items.size() == 3);
  double prev_y = label->y;
  for (size_t i = 0; i < items.size(); ++i) {
    INFO(items[i]->text);
    CHECK(items[i]->x == Approx(colon_x));
    CHECK(items[i]->y > prev_y);  // each on a line of its own, under the label
    prev_y = items[i]->y;
    CHECK(items[i]->text.back() == (i + 1 == items.size() ? '.' : ';'));
  }
  CHECK(items.back()->text == "- Ủy ban nhân dân các xã, phường.");
}

TEST_CASE("Quyết định: the authority line, CAPS bold, centred under the summary's rule", "[layout][frame]") {
  document::Fields f = letter();
  f.shape = document::Shape::decision;
  f.addressees.clear();
  f.addressee_label.clear();
  f.type = "Quyết định";
  f.summary = "Về việc thành lập Tổ công tác kiểm tra tiến độ giải ngân vốn đầu tư công năm 2026";
  f.authority_line = "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh";
  FlowBox box = header_of(f);
  const GlyphRun* type = &need(box, "QUYẾT ĐỊNH");
  const GlyphRun* authority = &need(box, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
  CHECK(authority->style == FontStyle::bold);
  CHECK(authority->size == kG.type_size);
  CHECK(std::fabs(centre(*authority) - (kG.margin_left + kG.text_width() / 2)) < 0.5);
  // The summary's rule: the lowest rule above the authority line, under the type.
  const Rule* rule = nullptr;
  for (const Rule& r : box.rules) {
    if (r.y1 > type->y && r.y1 < authority->y && (!rule || r.y1 > rule->y1)) rule = &r;
  }
  REQUIRE(rule);
  CHECK(authority->y - rule->y1 == Approx(kG.authority_line_gap));
  // Nothing drawn between the rule and the authority line.
  for (const GlyphRun& r : box.runs) CHECK_FALSE((r.y > rule->y1 && r.y < authority->y));
}

TEST_CASE("Biên bản: no date line, THƯ KÝ left and CHỦ TỌA right on one baseline", "[layout][frame]") {
  document::Fields f = letter();
  f.shape = document::Shape::minutes;
  f.addressees.clear();
  f.addressee_label.clear();
  f.type = "Biên bản";
  f.summary = "Họp kiểm tra hiện trường sạt lở đường tỉnh 553";
  f.recipients.clear();
  f.signer = {};
  f.signer.title = "CHỦ TỌA";
  f.signer.name = "Nguyễn Đình Phúc";
  f.co_signer.title = "THƯ KÝ";
  f.co_signer.name = "Võ Thị Thu Hà";
  FlowBox header = header_of(f);
  CHECK(run_with(header, "BIÊN BẢN"));
  CHECK_FALSE(run_with(header, "ngày"));
  CHECK_FALSE(run_with(header, "Hà Tĩnh,"));

  Diagnostics diags;
  Frame frame(fonts(), kG, document::Profile::nd30, diags);
  FlowBox closing = frame.closing(f);
  const GlyphRun* secretary = &need(closing, "THƯ KÝ");
  const GlyphRun* chair = &need(closing, "CHỦ TỌA");
  const GlyphRun* secretary_name = &need(closing, "Võ Thị Thu Hà");
  const GlyphRun* chair_name = &need(closing, "Nguyễn Đình Phúc");
  CHECK(secretary->y == Approx(chair->y));
  CHECK(secretary_name->y == Approx(chair_name->y));
  const double page_centre = kG.margin_left + kG.text_width() / 2;
  CHECK(centre(*secretary) < page_centre);
  CHECK(centre(*chair) > page_centre);
  CHECK(secretary->style == FontStyle::bold);
  CHECK_FALSE(run_with(closing, "Nơi nhận"));
}

TEST_CASE("joint issuers side by side in the left column, each with its rule", "[layout][frame]") {
  document::Fields f = letter();
  f.shape = document::Shape::titled;
  f.addressees.clear();
  f.addressee_label.clear();
  f.parent_body.clear();
  f.issuers = {"Sở Giáo dục và Đào tạo", "Công an tỉnh"};
  f.issuer = f.issuers.front();
  f.type = "Hướng dẫn";
  f.symbol = "HDLT-SGDĐT-CAT";
  FlowBox box = header_of(f);
  const GlyphRun* first = &need(box, "SỞ GIÁO DỤC");
  const GlyphRun* second = &need(box, "CÔNG AN TỈNH");
  const GlyphRun* motto = &need(box, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  // Side by side: the same first baseline, the second to the right of every line of the first.
  CHECK(first->y == Approx(second->y));
  for (const GlyphRun& r : box.runs) {
    if (r.y < second->y + 20 && r.style == FontStyle::bold && centre(r) < centre(*second) - 1 &&
        r.x < motto->x) {
      CHECK(r.x + r.width < second->x);
    }
  }
  // The short name stays on one line; both clear of the motto's column.
  CHECK(second->text == "CÔNG AN TỈNH");
  CHECK(second->x + second->width < motto->x - 20);
  // A rule under each name, centred on it.
  int rules_under = 0;
  for (const Rule& r : box.rules) {
    double cx = (r.x1 + r.x2) / 2;
    if (r.y1 > second->y && r.y1 < second->y + 40 && r.x2 < motto->x) {
      ++rules_under;
      CHECK((std::fabs(cx - centre(*second)) < 0.5 || cx < second->x));
    }
  }
  CHECK(rules_under == 2);
  // The number centred under the pair.
  const GlyphRun* number = &need(box, "Số: 1482/HDLT-SGDĐT-CAT");
  CHECK(centre(*number) > first->x);
  CHECK(centre(*number) < second->x + second->width);
}

TEST_CASE("e-office mode on a Công văn leaves the number and the day and month blank, the year printed",
          "[layout][frame]") {
  document::Fields f = letter();
  f.number.clear();
  f.date.reset();
  f.symbol = "UBND-NL4";
  f.year = 2026;
  FlowBox box = header_of(f);
  const std::string nbsp = "\u00A0";
  std::string six, eight;
  for (int i = 0; i < 6; ++i) six += nbsp;
  for (int i = 0; i < 8; ++i) eight += nbsp;
  const GlyphRun* number = &need(box, "/UBND-NL4");
  const GlyphRun* date = &need(box, "tháng");
  CHECK(number->text == "Số: " + six + "/UBND-NL4");
  CHECK(date->text == "Hà Tĩnh, ngày" + eight + "tháng" + eight + "năm 2026");
  // The V/v line still sits under the blank number.
  const GlyphRun* vv = &need(box, "V/v ");
  CHECK(std::fabs(centre(*vv) - centre(*number)) < 0.5);
}

TEST_CASE("the urgency mark: CAPS bold 13 in a 30 x 8 mm frame centred under the number", "[layout][frame]") {
  document::Fields f = letter();
  f.shape = document::Shape::telegram;
  f.type = "Công điện";
  f.addressee_label = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện";
  f.urgency = "Hỏa tốc";
  FlowBox box = header_of(f);
  const GlyphRun* number = &need(box, "Số: 1482/VP-NL4");
  const GlyphRun* mark = &need(box, "HỎA TỐC");
  const GlyphRun* type = &need(box, "CÔNG ĐIỆN");
  CHECK(mark->style == FontStyle::bold);
  CHECK(mark->size == 13);
  CHECK(std::fabs(centre(*mark) - centre(*number)) < 0.5);
  // The frame: two horizontal and two vertical rules around the mark, 30 × 8 mm.
  std::vector<const Rule*> horizontal, vertical;
  for (const Rule& r : box.rules) {
    if (r.y1 > number->y && r.y2 < type->y) {
      (r.y1 == r.y2 ? horizontal : vertical).push_back(&r);
    }
  }
  REQUIRE(horizontal.size() == 2);
  REQUIRE(vertical.size() == 2);
  CHECK(horizontal[0]->x2 - horizontal[0]->x1 == Approx(mm(30)));
  CHECK(vertical[0]->y2 - vertical[0]->y1 == Approx(mm(8)));
  CHECK(mark->y > horizontal[0]->y1);
  CHECK(mark->y < horizontal[1]->y1);
  CHECK(mark->x > vertical[0]->x1);
  CHECK(mark->x + mark->width < vertical[1]->x1);
  // Below the number, clear of it.
  CHECK(horizontal[0]->y1 > number->y + fonts().descent(FontStyle::regular, 13));
}

TEST_CASE("the secrecy mark: CAPS bold 14 in a double 30 x 8 mm frame under the number, above the urgency",
          "[layout][frame]") {
  for (auto profile : {document::Profile::nd30, document::Profile::hd36}) {
    document::Fields f = letter();
    f.secrecy = "tối mật";
    f.urgency = "Khẩn";
    FlowBox box = header_of(f, profile);
    const GlyphRun* number = &need(box, profile == document::Profile::nd30 ? "Số: " : "Số ");
    const GlyphRun* secret = &need(box, "TỐI MẬT");
    const GlyphRun* urgent = &need(box, "KHẨN");
    CHECK(secret->style == FontStyle::bold);
    CHECK(secret->size == 14);
    CHECK(std::fabs(centre(*secret) - centre(*number)) < 0.5);
    CHECK(std::fabs(centre(*urgent) - centre(*number)) < 0.5);
    CHECK(secret->y > number->y);
    // Ô 10a above ô 10b: the secrecy frame ends before the urgency frame begins.
    std::vector<const Rule*> around_secret, around_urgent;
    for (const Rule& r : box.rules) {
      if (r.y1 != r.y2 || r.x1 > secret->x || r.x2 < secret->x + secret->width) continue;
      if (r.y1 > number->y && r.y1 < urgent->y - 13) around_secret.push_back(&r);
    }
    REQUIRE(around_secret.size() == 4);  // two frames, 1 mm apart
    double outer_w = 0, inner_w = 1e9, lowest = -1e9;
    for (const Rule* r : around_secret) {
      outer_w = std::max(outer_w, r->x2 - r->x1);
      inner_w = std::min(inner_w, r->x2 - r->x1);
      lowest = std::max(lowest, r->y1);
    }
    CHECK(outer_w == Approx(mm(30)));
    CHECK(inner_w == Approx(mm(28)));
    CHECK(lowest < urgent->y - fonts().ascent(FontStyle::bold, 13));
  }
}

TEST_CASE("a Party Công văn: V/v italic 12 under Số, 6 pt below it (HD 36)", "[layout][frame]") {
  document::Fields f = letter();
  f.symbol = "CV/TU";
  FlowBox box = header_of(f, document::Profile::hd36);
  const Geometry g = geometry_for(document::Profile::hd36);
  const GlyphRun* number = &need(box, "Số 1482-CV/TU");
  const GlyphRun* vv = &need(box, "V/v rà soát");
  CHECK(vv->style == FontStyle::italic);
  CHECK(vv->size == 12);
  CHECK(vv->y - number->y == Approx(g.vv_gap + g.vv_size * g.header_leading));
  CHECK(std::fabs(centre(*vv) - centre(*number)) < 0.5);
}
