// NFC, Vietnamese case mapping, collation and unbreakable document numbers.
#include "locale/text.hpp"

#include <catch2/catch.hpp>

namespace loc = vanban::locale;

TEST_CASE("decomposed input comes out identical to precomposed", "[nfc]") {
  // "Hà Tĩnh" typed with combining marks (NFD) as some Mac and web forms do.
  const std::string nfd = "Ha\xCC\x80 Ti\xCC\x83nh";
  CHECK_FALSE(loc::is_nfc(nfd));
  CHECK(loc::nfc(nfd) == "Hà Tĩnh");
  CHECK(loc::is_nfc(loc::nfc(nfd)));
  CHECK(loc::nfc("Nghị định") == "Nghị định");
}

TEST_CASE("upper and lower case keep every diacritic", "[case]") {
  CHECK(loc::upper("Đức Thọ") == "ĐỨC THỌ");
  CHECK(loc::upper("ủy ban nhân dân tỉnh hà tĩnh") == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
  CHECK(loc::upper("Độc lập - Tự do - Hạnh phúc") == "ĐỘC LẬP - TỰ DO - HẠNH PHÚC");
  CHECK(loc::lower("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == "cộng hòa xã hội chủ nghĩa việt nam");
  CHECK(loc::upper("Ha\xCC\x80") == "HÀ");  // NFD in, NFC out
  CHECK(loc::case_fold("ĐỨC") == loc::case_fold("đức"));
}

TEST_CASE("Vietnamese collation puts Đ after D and tones after the base letter", "[collate]") {
  CHECK(loc::collate("Đức Thọ", "Dung") > 0);
  CHECK(loc::collate("Đức Thọ", "Eo") < 0);
  CHECK(loc::collate("a", "á") < 0);
  CHECK(loc::collate("Hà", "Ha") > 0);
  CHECK(loc::collate("Kỳ Anh", "Kỳ Anh") == 0);
  std::vector<std::string> districts = {"Vũ Quang", "Đức Thọ", "Can Lộc", "Hương Khê", "Cẩm Xuyên", "Hồng Lĩnh",
                                        "Dung", "Thạch Hà", "Ân Thi", "An Phú"};
  loc::sort_vi(districts);
  CHECK(districts == std::vector<std::string>{"An Phú", "Ân Thi", "Can Lộc", "Cẩm Xuyên", "Dung", "Đức Thọ",
                                              "Hồng Lĩnh", "Hương Khê", "Thạch Hà", "Vũ Quang"});
}

namespace {
bool breaks_inside(const std::string& text, const std::string& token) {
  size_t start = text.find(token);
  REQUIRE(start != std::string::npos);
  for (size_t b : loc::line_break_opportunities(text)) {
    if (b > start && b < start + token.size()) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("document numbers, dates and figures are never broken across lines", "[linebreak]") {
  const std::string text =
      "Thực hiện Báo cáo số 125/BC-SKHĐT ngày 25/8/2021 và Thông báo số 23-TB/BCĐ, "
      "giải ngân 15.806,246 triệu đồng, đạt 69,5% kế hoạch (Quyết định 3004/QĐ-UBND).";
  CHECK_FALSE(breaks_inside(text, "125/BC-SKHĐT"));
  CHECK_FALSE(breaks_inside(text, "25/8/2021"));
  CHECK_FALSE(breaks_inside(text, "23-TB/BCĐ,"));
  CHECK_FALSE(breaks_inside(text, "15.806,246"));
  CHECK_FALSE(breaks_inside(text, "69,5%"));
  CHECK_FALSE(breaks_inside(text, "3004/QĐ-UBND)."));
  // …while ordinary words still break at spaces.
  auto breaks = loc::line_break_opportunities(text);
  CHECK(breaks.size() > 20);
  CHECK(breaks.back() == text.size());
  size_t after_thuc = text.find("hiện");
  CHECK(std::find(breaks.begin(), breaks.end(), after_thuc) != breaks.end());
}

TEST_CASE("a range of years with a spaced dash stays on one line", "[linebreak]") {
  const std::string text = "hoàn thành trong năm 2023 - 2024, giai đoạn 2021 \u2013 2025; Độc lập - Tự do";
  CHECK_FALSE(breaks_inside(text, "2023 - 2024"));
  CHECK_FALSE(breaks_inside(text, "2021 \u2013 2025"));
  CHECK_FALSE(breaks_inside("tỷ lệ mới 12,2% - 12,8% so với yêu cầu", "12,2% - 12,8%"));
  CHECK(breaks_inside(text, "lập - Tự"));  // words around a dash still break
}

TEST_CASE("protected spans cover codes but not plain words", "[linebreak]") {
  auto spans = loc::protected_spans("Số: 90/TB-UBND ngày hôm nay");
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].first == std::string("Số: ").size());
  CHECK(spans[0].second == std::string("Số: 90/TB-UBND").size());
}

TEST_CASE("two syllables of one word or one name are known as such, in any case", "[words]") {
  CHECK(loc::one_word("xây", "dựng"));
  CHECK(loc::one_word("NÔNG", "THÔN"));           // a title in capitals
  CHECK(loc::one_word("Nông", "thôn"));           // at the start of a summary
  CHECK(loc::one_word("Trung", "ương"));
  CHECK(loc::one_word("ỦY", "BAN"));
  CHECK(loc::one_word("uỷ", "ban"));              // the older tone placement
  CHECK(loc::one_word("Hà", "Tĩnh"));             // a name: two capitalised syllables
  CHECK(loc::one_word("Phó", "Trưởng"));
  CHECK_FALSE(loc::one_word("dựng", "nông"));     // two words
  CHECK_FALSE(loc::one_word("UBND", "tỉnh"));
  CHECK_FALSE(loc::one_word("tỉnh,", "Phó"));     // a comma ends the phrase
  CHECK_FALSE(loc::one_word("MTQG", "XÂY"));      // capitals are not a name
  CHECK_FALSE(loc::one_word("", "dựng"));
}
