// The document dump is stable text: every field, block, inline and footnote, in order.
#include "document/document.hpp"

#include <catch2/catch.hpp>

using namespace vanban::document;

TEST_CASE("a document dumps to indented text", "[dump]") {
  Document d;
  d.fields.issuer = "UBND TỈNH HÀ TĨNH";
  d.fields.number = "90";
  d.fields.symbol = "TB-UBND";
  d.fields.place = "Hà Tĩnh";
  d.fields.date = vanban::locale::Date{2023, 3, 28};
  d.fields.type = "THÔNG BÁO";
  d.fields.summary = "Kết luận \"A\"";
  d.fields.recipients = {"Sở Tài chính", "Lưu: VT, NL5"};
  d.fields.signer = {{"KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH", "Trần Báu Hà", {}};
  Block h;
  h.kind = Block::Kind::heading;
  h.level = 1;
  h.number = "I.";
  h.inlines = {Inline{Inline::Kind::text, "I. KẾT QUẢ", kBold, 0}};
  Block p;
  p.inlines = {Inline{Inline::Kind::text, "Đạt ", kPlain, 0}, Inline{Inline::Kind::text, "69,5%", kBold | kItalic, 0},
               Inline{Inline::Kind::footnote_ref, "", kPlain, 1}, Inline{Inline::Kind::line_break, "", kPlain, 0}};
  Block t;
  t.kind = Block::Kind::table;
  t.name = "bieu-1";
  d.body = {h, p, t};
  d.footnotes = {Footnote{1, {Inline{Inline::Kind::text, "TP. Hà Tĩnh: 3", kPlain, 0}}, {}}};
  d.annexes = {Annex{"bieu-3", "Biểu 3", "GIẢI NGÂN", "(Kèm theo …)", "ĐVT: triệu đồng", Orientation::landscape}};
  CHECK(dump(d) ==
        "document nd30\n"
        "fields\n"
        "  parent_body \"\"\n"
        "  issuer \"UBND TỈNH HÀ TĨNH\"\n"
        "  number \"90\"\n"
        "  symbol \"TB-UBND\"\n"
        "  place \"Hà Tĩnh\"\n"
        "  date 2023-03-28\n"
        "  type \"THÔNG BÁO\"\n"
        "  summary \"Kết luận \\\"A\\\"\"\n"
        "  recipient \"Sở Tài chính\"\n"
        "  recipient \"Lưu: VT, NL5\"\n"
        "  signer\n"
        "    authority \"KT. CHỦ TỊCH\"\n"
        "    title \"PHÓ CHỦ TỊCH\"\n"
        "    name \"Trần Báu Hà\"\n"
        "body\n"
        "  heading 1 number \"I.\"\n"
        "    text bold \"I. KẾT QUẢ\"\n"
        "  paragraph justify indent\n"
        "    text \"Đạt \"\n"
        "    text bold italic \"69,5%\"\n"
        "    footnote_ref 1\n"
        "    line_break\n"
        "  table \"bieu-1\"\n"
        "footnotes\n"
        "  footnote 1\n"
        "    text \"TP. Hà Tĩnh: 3\"\n"
        "annexes\n"
        "  annex \"bieu-3\" landscape\n"
        "    heading \"Biểu 3\"\n"
        "    title \"GIẢI NGÂN\"\n"
        "    attached_to \"(Kèm theo …)\"\n"
        "    unit \"ĐVT: triệu đồng\"\n");
}
