// Body markup: blocks, inlines, footnotes, directives, errors, and the literal-text guarantee.
#include "core/markup_protocol.hpp"
#include "document/markup.hpp"

#include <catch2/catch.hpp>

using namespace vanban;
using namespace vanban::document;

namespace {

const auto kFile = std::make_shared<const std::string>("body.vb");

// A source map that maps every line start of `text` to body.vb:LINE:1, the
// line being the source's own (verbatim, as the evaluator marks template text),
// so positions are easy to state in tests.
SourceMap lines_of(std::string_view text) {
  SourceMap m;
  m.mark(0, make_pos(kFile, 1, 1), true);
  int line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') m.mark(i + 1, make_pos(kFile, ++line, 1), true);
  }
  return m;
}

struct Parsed {
  Body body;
  Diagnostics diags;
};

Parsed parse(std::string_view text, int first_footnote = 1) {
  Parsed p;
  p.body = parse_markup(text, lines_of(text), p.diags, first_footnote);
  return p;
}

std::string lit(std::string_view s) {
  return std::string(protocol::kLiteralOpen) + std::string(s) + std::string(protocol::kLiteralClose);
}
std::string directive(std::string_view s) {
  return std::string(protocol::kDirectiveOpen) + std::string(s) + std::string(protocol::kDirectiveClose);
}

std::string plain(const Inlines& xs) {
  std::string out;
  for (const auto& x : xs) {
    if (x.kind == Inline::Kind::text) out += x.text;
    if (x.kind == Inline::Kind::footnote_ref) out += "[" + std::to_string(x.footnote) + "]";
    if (x.kind == Inline::Kind::line_break) out += "|";
  }
  return out;
}

}  // namespace

TEST_CASE("paragraphs are separated by blank lines — lines join with a space", "[markup]") {
  auto p = parse("Dòng một\ndòng hai.\n\n   \nĐoạn hai.\n");
  REQUIRE(p.body.blocks.size() == 2);
  CHECK(p.body.blocks[0].kind == Block::Kind::paragraph);
  CHECK(p.body.blocks[0].first_line_indent);
  CHECK(p.body.blocks[0].align == Align::justify);
  CHECK(plain(p.body.blocks[0].inlines) == "Dòng một dòng hai.");
  CHECK(plain(p.body.blocks[1].inlines) == "Đoạn hai.");
  CHECK(p.body.blocks[1].pos.line == 5);
}

TEST_CASE("dash and plus items, with continuation lines", "[markup]") {
  auto p = parse("- Mục một\n  tiếp tục.\n+ Ý phụ.\n- Mục hai.\nĐoạn sau?\n\nĐoạn mới.\n");
  REQUIRE(p.body.blocks.size() == 4);
  CHECK(p.body.blocks[0].kind == Block::Kind::list_item);
  CHECK(p.body.blocks[0].level == 1);
  CHECK(plain(p.body.blocks[0].inlines) == "Mục một tiếp tục.");
  CHECK(p.body.blocks[1].level == 2);
  CHECK(plain(p.body.blocks[2].inlines) == "Mục hai. Đoạn sau?");
  CHECK(p.body.blocks[3].kind == Block::Kind::paragraph);
}

TEST_CASE("bold, italic, underline, superscript and their nesting", "[markup]") {
  auto p = parse("Có **177/181 xã** đạt *chuẩn* và __mới__, diện tích 5 km^2^; ***cả hai***.\n");
  REQUIRE(p.body.blocks.size() == 1);
  const auto& x = p.body.blocks[0].inlines;
  CHECK(p.diags.empty());
  REQUIRE(x.size() == 11);
  CHECK(x[1].text == "177/181 xã");
  CHECK(x[1].style == kBold);
  CHECK(x[3].text == "chuẩn");
  CHECK(x[3].style == kItalic);
  CHECK(x[5].style == kUnderline);
  CHECK(x[7].text == "2");
  CHECK(x[7].style == kSuperscript);
  CHECK(x[9].text == "cả hai");
  CHECK(x[9].style == (kBold | kItalic));
  // A lone '*' between spaces is a character.
  CHECK(plain(parse("5 * 3 = 15\n").body.blocks[0].inlines) == "5 * 3 = 15");
}

TEST_CASE("headings are bold paragraphs that start with their numbering", "[markup]") {
  auto p = parse(
      "**I. KẾT QUẢ THỰC HIỆN**\n\n**1. Công tác chỉ đạo**\n\n**1.1. Cấp tỉnh**\n\n**a) Kết quả**\n\n"
      "a) Không đậm thì là đoạn văn.\n\n**Đậm nhưng không đánh số.**\n");
  REQUIRE(p.body.blocks.size() == 6);
  CHECK(p.body.blocks[0].kind == Block::Kind::heading);
  CHECK(p.body.blocks[0].level == 1);
  CHECK(p.body.blocks[1].level == 2);
  CHECK(p.body.blocks[2].level == 3);
  CHECK(p.body.blocks[3].level == 5);
  CHECK(p.body.blocks[3].number == "a)");
  CHECK(p.body.blocks[4].kind == Block::Kind::paragraph);
  CHECK(p.body.blocks[5].kind == Block::Kind::paragraph);
  // Generated numbering: template text and data together.
  auto g = parse("**" + std::string("2. ") + lit("Các sở, ban, ngành") + "**\n");
  CHECK(g.body.blocks[0].kind == Block::Kind::heading);
  CHECK(g.body.blocks[0].level == 2);
}

TEST_CASE("the clerk's structure: five numbered levels, articles, run-in headings, numbered items", "[markup]") {
  auto p = parse(
      "**I. KẾT QUẢ**\n\n**1. Công tác chỉ đạo**\n\n**1.1. Cấp tỉnh**\n\n**1.1.1. Cấp xã**\n\n**a) Kết quả**\n\n"
      "**2.1. Chỉ tiêu 15 xã đạt chuẩn:** đã trình 13 xã.\n\n**Điều 1.** Phê duyệt kế hoạch.\n\n"
      "2. Các sở, ngành rà soát như sau:\n\n- ý một;\n+ ý con.\n\nĐiều chỉnh 1.5 lần.\n\n**1.234 hộ** được hỗ trợ.\n");
  CHECK(p.diags.empty());
  REQUIRE(p.body.blocks.size() == 12);
  const auto& b = p.body.blocks;
  for (size_t i = 0; i < 5; ++i) {
    CHECK(b[i].kind == Block::Kind::heading);
    CHECK(b[i].level == static_cast<int>(i) + 1);
  }
  CHECK(b[3].number == "1.1.1.");
  // Run-in: the bold lead-in is the heading, the text runs on, upright.
  CHECK(b[5].kind == Block::Kind::paragraph);
  CHECK(b[5].run_in);
  CHECK(b[5].level == 3);
  CHECK(b[5].number == "2.1.");
  CHECK(b[5].inlines.back().style == kPlain);
  // An article: only its number is bold.
  CHECK(b[6].run_in);
  CHECK(b[6].number == "Điều 1.");
  // A numbered item not in bold keeps its level and nothing is bold; its `:` stays as written.
  CHECK(b[7].kind == Block::Kind::paragraph);
  CHECK_FALSE(b[7].run_in);
  CHECK(b[7].level == 2);
  CHECK(plain(b[7].inlines) == "2. Các sở, ngành rà soát như sau:");
  CHECK(b[8].kind == Block::Kind::list_item);
  CHECK(b[8].level == 1);
  CHECK(b[9].level == 2);
  CHECK(plain(b[9].inlines) == "ý con.");
  // A number inside a sentence, or with a thousands point, is not a numbering.
  CHECK(b[10].level == 0);
  CHECK(b[11].level == 0);
  CHECK_FALSE(b[11].run_in);
}

TEST_CASE("a line -> … <- is a centred paragraph of its own", "[markup]") {
  auto p = parse("*Căn cứ Luật;*\n-> **QUYẾT ĐỊNH:** <-\n**Điều 1.** Nội dung.\n");
  CHECK(p.diags.empty());
  REQUIRE(p.body.blocks.size() == 3);
  CHECK(p.body.blocks[1].align == Align::center);
  CHECK_FALSE(p.body.blocks[1].first_line_indent);
  CHECK(plain(p.body.blocks[1].inlines) == "QUYẾT ĐỊNH:");
  CHECK(p.body.blocks[1].inlines[0].style == kBold);
  CHECK(p.body.blocks[2].align == Align::justify);
}

TEST_CASE("footnotes are numbered in document order from the first number", "[markup]") {
  auto p = parse("Đã cấp 15.806,246 triệu đồng^[Quyết định số 1368/QĐ-UBND ngày 14/6/2023.] cho các xã.\n\n"
                 "Tiêu biểu^[TP. Hà Tĩnh: **3**; Thạch Hà: 4 [xã]] và ^[Khác.].\n",
                 5);
  CHECK(p.diags.empty());
  REQUIRE(p.body.footnotes.size() == 3);
  CHECK(p.body.footnotes[0].number == 5);
  CHECK(plain(p.body.footnotes[0].content) == "Quyết định số 1368/QĐ-UBND ngày 14/6/2023.");
  CHECK(p.body.footnotes[1].number == 6);
  CHECK(plain(p.body.footnotes[1].content) == "TP. Hà Tĩnh: 3; Thạch Hà: 4 [xã]");
  CHECK(p.body.footnotes[1].content[1].style == kBold);
  CHECK(p.body.footnotes[2].number == 7);
  CHECK(plain(p.body.blocks[0].inlines) == "Đã cấp 15.806,246 triệu đồng[5] cho các xã.");
  CHECK(plain(p.body.blocks[1].inlines) == "Tiêu biểu[6] và[7].");
}

TEST_CASE("hard line breaks and escapes", "[markup]") {
  auto p = parse("Dòng một\\\ndòng hai \\*không nghiêng\\* \\^ \\[a\\] \\\\\n");
  CHECK(plain(p.body.blocks[0].inlines) == "Dòng một|dòng hai *không nghiêng* ^ [a] \\");
}

TEST_CASE("whitespace collapses and NFD comes out NFC", "[markup]") {
  auto p = parse("  Ha\xCC\x80   Ti\xCC\x83nh \t có  " + lit("  nhiều \n  khoảng  ") + " trắng  \n");
  CHECK(plain(p.body.blocks[0].inlines) == "Hà Tĩnh có nhiều khoảng trắng");
}

TEST_CASE("table and page-break directives", "[markup]") {
  auto p = parse("Đoạn.\n" + directive("table bieu-1") + "\n" + directive("pagebreak") + "\nSau.\n");
  REQUIRE(p.body.blocks.size() == 4);
  CHECK(p.body.blocks[1].kind == Block::Kind::table);
  CHECK(p.body.blocks[1].name == "bieu-1");
  CHECK(p.body.blocks[2].kind == Block::Kind::page_break);
  CHECK(p.body.blocks[3].pos.line == 4);
}

TEST_CASE("markup errors name the marker and its position", "[markup]") {
  auto p = parse("Dòng một.\nMở **đậm mà không đóng.\n\nChú thích ^[chưa đóng\n");
  CHECK(p.diags.format(Lang::vi) ==
        "body.vb:2:4: lỗi: `**` mở ở đây không được đóng\n"
        "  gợi ý: nếu muốn in chính ký tự đó, viết `\\*`\n"
        "body.vb:4:11: lỗi: `^[` mở ở đây không được đóng\n"
        "  gợi ý: nếu muốn in chính ký tự đó, viết `\\^`\n");
  // The opener then stays as text.
  CHECK(plain(p.body.blocks[0].inlines) == "Dòng một. Mở **đậm mà không đóng.");
  CHECK(parse("a ^[b ^[c] d]\n").diags.items()[0].id == "markup.nested_footnote");
  CHECK(parse("a^[ ]\n").diags.items()[0].id == "markup.empty_footnote");
  // A directive the evaluator never writes (an unknown one, one inside a line) breaks the protocol.
  CHECK(parse(directive("bang x") + "\n").diags.items()[0].id == "markup.protocol");
  CHECK(parse("x " + directive("pagebreak") + "\n").diags.format(Lang::vi) ==
        "body.vb:1:3: lỗi: lỗi nội bộ: các dấu riêng (U+E000–U+E003) mẫu gửi sang phần trình bày không khớp\n");
}

TEST_CASE("data in a literal run can never become markup", "[markup][literal]") {
  const std::string evil = "**đậm** *nghiêng* __gạch__ x^2^ ^[chú thích] " + directive("table a") +
                           " {% table \"a\" %} {{ b }}\n- gạch đầu dòng\n+ cộng\n\nđoạn mới\\\n]";
  auto p = parse("Trước " + lit(evil) + " sau.\n");
  CHECK(p.diags.empty());
  REQUIRE(p.body.blocks.size() == 1);
  const Block& b = p.body.blocks[0];
  CHECK(b.kind == Block::Kind::paragraph);
  REQUIRE(b.inlines.size() == 1);
  CHECK(b.inlines[0].style == kPlain);
  CHECK(b.inlines[0].text ==
        "Trước **đậm** *nghiêng* __gạch__ x^2^ ^[chú thích] \xEE\x80\x82table a\xEE\x80\x83 {% table \"a\" %} "
        "{{ b }} - gạch đầu dòng + cộng đoạn mới\\ ] sau.");
  CHECK(p.body.footnotes.empty());
  // A literal run alone on its lines starting with "- " is not a list item either.
  auto q = parse(lit("- không phải mục") + "\n\n" + lit("\n\n") + "\n");
  REQUIRE(q.body.blocks.size() == 1);
  CHECK(q.body.blocks[0].kind == Block::Kind::paragraph);
  // …but it takes the style around it.
  auto r = parse("**" + lit("Sở *Tài* chính") + "**\n");
  CHECK(r.body.blocks[0].inlines[0].style == kBold);
  CHECK(r.body.blocks[0].inlines[0].text == "Sở *Tài* chính");
}

TEST_CASE("a line wholly in bold is a heading of its own, even without blank lines around it", "[markup]") {
  auto p = parse("- còn nhiều vướng mắc.\n**III. NHIỆM VỤ TRỌNG TÂM**\nTiếp tục quán triệt.\n");
  REQUIRE(p.body.blocks.size() == 3);
  CHECK(p.body.blocks[0].kind == Block::Kind::list_item);
  CHECK(plain(p.body.blocks[0].inlines) == "còn nhiều vướng mắc.");
  CHECK(p.body.blocks[1].kind == Block::Kind::heading);
  CHECK(plain(p.body.blocks[1].inlines) == "III. NHIỆM VỤ TRỌNG TÂM");
  CHECK(plain(p.body.blocks[2].inlines) == "Tiếp tục quán triệt.");
  // A bold run-in at the start of a longer line stays in its paragraph.
  auto q = parse("Đoạn một\n**6.5. Tuyên truyền:** các cơ quan báo chí\nđăng tin.\n");
  REQUIRE(q.body.blocks.size() == 1);
}
