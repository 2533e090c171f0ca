// cli::Renderer: the in-process rendering `vanban serve` and the warm benchmark use.
#include "cli/renderer.hpp"
#include "data/load.hpp"
#include "data/yaml_reader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

using namespace vanban;

namespace {

const std::filesystem::path kSamples = std::filesystem::path(VANBAN_SOURCE_DIR) / "samples";

cli::Renderer load(const std::string& first) {
  cli::Options opts;
  opts.inputs = {first};
  Diagnostics diags;
  std::optional<cli::Renderer> r = cli::Renderer::load(opts, diags);
  REQUIRE(r);
  REQUIRE_FALSE(diags.has_errors());
  return *r;
}

data::Value notice_data(const std::string& number = "") {
  Diagnostics diags;
  std::optional<data::Value> v = data::load_file(kSamples / "thong-bao.yaml", diags);
  REQUIRE(v);
  if (!number.empty()) {
    std::optional<data::Value> edit = data::read_yaml("so: " + number, std::make_shared<const std::string>("edit"), diags);
    REQUIRE(edit);
    data::merge(*v, std::move(*edit));
  }
  return std::move(*v);
}

std::string pdf_of(const cli::Renderer& r, data::Value data) {
  Diagnostics diags;
  std::optional<cli::Rendered> out = r.render(std::move(data), diags);
  REQUIRE(out);
  REQUIRE(out->pdf);
  CHECK(out->pages == 4);
  CHECK_FALSE(out->xlsx);  // the notice has no table
  return *out->pdf;
}

}  // namespace

TEST_CASE("a re-render after an edit changes the PDF, and the first data gives the first bytes back") {
  const cli::Renderer r = load("thong-bao");
  const std::string first = pdf_of(r, notice_data());
  const std::string edited = pdf_of(r, notice_data("91"));
  CHECK(edited != first);
  // Nothing of one render stays in the next (the font programs' cache included).
  CHECK(pdf_of(r, notice_data()) == first);
  CHECK(pdf_of(r, notice_data("91")) == edited);
}

TEST_CASE("render_file reads the data file as render does") {
  const cli::Renderer r = load("thong-bao");
  Diagnostics diags;
  std::optional<cli::Rendered> out = r.render_file(kSamples / "thong-bao.yaml", diags);
  REQUIRE(out);
  REQUIRE(out->pdf);
  CHECK(*out->pdf == pdf_of(r, notice_data()));
}

TEST_CASE("one Renderer serves two threads at once with the same bytes") {
  const cli::Renderer r = load("thong-bao");
  const std::string expected = pdf_of(r, notice_data("7"));
  std::string a, b;
  data::Value da = notice_data("7"), db = notice_data("7");
  std::thread ta([&] {
    Diagnostics d;
    auto out = r.render(std::move(da), d);
    if (out && out->pdf) a = *out->pdf;
  });
  std::thread tb([&] {
    Diagnostics d;
    auto out = r.render(std::move(db), d);
    if (out && out->pdf) b = *out->pdf;
  });
  ta.join();
  tb.join();
  CHECK(a == expected);
  CHECK(b == expected);
}

TEST_CASE("a document with tables gives its workbook too") {
  const cli::Renderer r = load((kSamples / "bao-cao-8-thang.vb").string());
  Diagnostics diags;
  std::optional<cli::Rendered> out = r.render_file(kSamples / "bao-cao-8-thang.yaml", diags);
  REQUIRE(out);
  REQUIRE(out->pdf);
  REQUIRE(out->xlsx);
  CHECK(out->pages == 26);
  CHECK(out->xlsx->substr(0, 2) == "PK");  // a zip
}

TEST_CASE("a template that does not exist, or data it refuses, is an error in diags") {
  cli::Options opts;
  opts.inputs = {"khong-co-mau-nay"};
  Diagnostics diags;
  CHECK_FALSE(cli::Renderer::load(opts, diags));
  CHECK(diags.has_errors());

  const cli::Renderer r = load("thong-bao");
  Diagnostics bad;
  CHECK_FALSE(r.render(data::Value::map({}), bad));  // the notice's required fields are missing
  CHECK(bad.has_errors());
}

TEST_CASE("a problem in a paragraph is told on every re-render, not only the first") {
  // Set paragraphs are memoised across renders (layout/paragraph.cpp); one set with a problem never is.
  const cli::Renderer r = load("thong-bao");
  for (int i = 0; i < 2; ++i) {
    Diagnostics diags;
    data::Value v = notice_data();
    std::optional<data::Value> edit = data::read_yaml("ket_qua: [\"Chữ 中 không có trong phông.\"]",
                                                      std::make_shared<const std::string>("edit"), diags);
    REQUIRE(edit);
    data::merge(v, std::move(*edit));
    r.render(std::move(v), diags);
    CHECK_FALSE(diags.items().empty());
  }
}
