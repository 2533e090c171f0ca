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

TEST_CASE("a subset keeps glyph ids, is much smaller and has a valid checksum", "[truetype]") {
  std::string error;
  const std::string original = file_bytes(regular_path());
  auto f = TrueType::parse(original, error);
  REQUIRE(f);
  const std::string sub = f->subset({f->glyph(U'S'), f->glyph(U'ố'), f->glyph(U'9')});
  CHECK(sub.size() < original.size() / 4);
  // The whole font's checksum is 0xB1B0AFBA once head.checkSumAdjustment is set.
  uint32_t sum = 0;
  for (size_t i = 0; i + 4 <= sub.size(); i += 4) sum += be32(sub, i);
  CHECK(sum == 0xB1B0AFBAu);
  // Tables in tag order, each inside the file.
  const uint32_t n = (static_cast<unsigned char>(sub[4]) << 8) | static_cast<unsigned char>(sub[5]);
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
