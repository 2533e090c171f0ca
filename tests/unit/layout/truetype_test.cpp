// The TrueType reader and subsetter on Liberation Serif 2 (Times New Roman's metrics) and on damaged bytes.
#include "layout/truetype.hpp"

#include "test_fonts.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using vanban::layout::TrueType;

namespace {

std::string file_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const std::filesystem::path& regular_path() {
  return vanban::layout::testing::fonts().face(vanban::layout::FontStyle::regular).path;
}

uint32_t be32(const std::string& s, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

}  // namespace

TEST_CASE("Liberation Serif: metrics, names and Vietnamese letters", "[truetype]") {
  std::string error;
  auto f = TrueType::parse(file_bytes(regular_path()), error);
  REQUIRE(f);
  CHECK(f->units_per_em == 2048);
  CHECK(f->postscript_name == "LiberationSerif");
  CHECK(f->underline_position < 0);
  CHECK(f->underline_thickness > 0);
  // Times New Roman's widths, in thousandths of an em: a 444, M 889, space 250.
  CHECK((f->advance(f->glyph(U'a')) * 1000 + 1024) / 2048 == 444);
  CHECK((f->advance(f->glyph(U'M')) * 1000 + 1024) / 2048 == 889);
  CHECK((f->advance(f->glyph(U' ')) * 1000 + 1024) / 2048 == 250);
  for (char32_t c : {U'ệ', U'ữ', U'Ở', U'đ', U'Đ', U'–', U'“'}) CHECK(f->glyph(c) != 0);
  CHECK(f->glyph(U'\U0001F600') == 0);  // no emoji
}

TEST_CASE("a subset holds exactly its glyphs, renumbered, with composites' parts — a valid checksum", "[truetype]") {
  std::string error;
  const std::string original = file_bytes(regular_path());
  auto f = TrueType::parse(original, error);
  REQUIRE(f);
  const std::vector<uint16_t> order = {0, f->glyph(U'S'), f->glyph(U'ố'), f->glyph(U'9')};
  const std::string sub = f->subset(order);
  CHECK(sub.size() < original.size() / 40);
  // The subset reads back: glyph k has the advance of order[k]; 'ố' is a composite
  // (o + its marks), so its parts follow the four glyphs asked for.
  auto s = TrueType::parse(sub + std::string(4, '\0'), error);
  REQUIRE_FALSE(s.has_value());  // no cmap: a PDF subset is reached by glyph id, not by character
  CHECK(error.find("cmap") != std::string::npos);
  const uint32_t n_tables = static_cast<uint32_t>((static_cast<unsigned char>(sub[4]) << 8) | static_cast<unsigned char>(sub[5]));
  auto table = [&](const std::string& tag) {
    for (uint32_t i = 0; i < n_tables; ++i) {
      if (sub.substr(12 + 16 * i, 4) == tag) return sub.substr(be32(sub, 12 + 16 * i + 8), be32(sub, 12 + 16 * i + 12));
    }
    return std::string();
  };
  auto u16 = [](const std::string& t, size_t at) {
    return (static_cast<unsigned char>(t[at]) << 8) | static_cast<unsigned char>(t[at + 1]);
  };
  const std::string maxp = table("maxp"), hmtx = table("hmtx"), glyf = table("glyf"), loca = table("loca");
  const int glyphs = u16(maxp, 4);
  CHECK(glyphs > 4);
  CHECK(glyphs < 10);
  CHECK(u16(table("hhea"), 34) == glyphs);
  for (size_t k = 0; k < order.size(); ++k) CHECK(u16(hmtx, 4 * k) == f->advance(order[k]));
  // The composite's components point at glyphs inside the subset.
  const uint32_t at = be32(loca, 4 * 2), end = be32(loca, 4 * 3);
  REQUIRE(end > at + 14);
  CHECK(static_cast<int16_t>(u16(glyf, at)) < 0);
  CHECK(u16(glyf, at + 12) >= 4);
  CHECK(u16(glyf, at + 12) < glyphs);
  // The whole font's checksum is 0xB1B0AFBA once head.checkSumAdjustment is set.
  uint32_t sum = 0;
  for (size_t i = 0; i + 4 <= sub.size(); i += 4) sum += be32(sub, i);
  CHECK(sum == 0xB1B0AFBAu);
  // Tables in tag order, each inside the file.
  const uint32_t n = static_cast<uint32_t>((static_cast<unsigned char>(sub[4]) << 8) | static_cast<unsigned char>(sub[5]));
  std::string previous;
  for (uint32_t i = 0; i < n; ++i) {
    const std::string tag = sub.substr(12 + 16 * i, 4);
    CHECK(tag > previous);
    previous = tag;
    CHECK(be32(sub, 12 + 16 * i + 8) + be32(sub, 12 + 16 * i + 12) <= sub.size());
  }
  CHECK(previous == "prep");
}

TEST_CASE("damaged or unsupported font files are refused with a reason, never read past the end", "[truetype]") {
  const std::string original = file_bytes(regular_path());
  std::string error;
  for (size_t cut : {size_t(0), size_t(3), size_t(12), size_t(100), size_t(1000), original.size() / 2,
                     original.size() - 1}) {
    error.clear();
    CHECK_FALSE(TrueType::parse(original.substr(0, cut), error));
    CHECK_FALSE(error.empty());
  }
  std::string otf = original;
  otf.replace(0, 4, "OTTO");
  CHECK_FALSE(TrueType::parse(otf, error));
  CHECK(error.find("CFF") != std::string::npos);
  std::string ttc = original;
  ttc.replace(0, 4, "ttcf");
  CHECK_FALSE(TrueType::parse(ttc, error));
  CHECK(error.find("collections") != std::string::npos);
}
