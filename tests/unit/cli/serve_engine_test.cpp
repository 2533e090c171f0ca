// cli::ServeEngine behind the page's API: a workbook asked of a document without tables is refused with
// the reason the page shows.
#include "cli/serve_engine.hpp"
#include "serve/api.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace vanban;
namespace fs = std::filesystem;

TEST_CASE("serve: the workbook of a document without tables is refused, with the reason") {
  Diagnostics diags;
  std::optional<layout::FontSet> fonts = layout::FontSet::load(layout::default_fonts_file(), diags);
  REQUIRE(fonts);
  cli::Options opts;
  cli::ServeEngine engine(opts, *fonts);
  const fs::path samples = fs::path(VANBAN_SOURCE_DIR) / "samples";
  serve::Workspace ws(samples, 1 << 20);
  serve::Api api(ws, engine, serve::ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  // The form as the page holds it: the document as /api/doc gives it, sent back.
  const serve::Response form = api.handle(serve::Request{"GET", "/api/doc?path=cong-van.vb", {{"Host", "127.0.0.1:8080"}}, ""});
  REQUIRE(form.status == 200);
  const std::string request = form.body;
  serve::Request r{"POST", "/api/render?format=xlsx", {{"Host", "127.0.0.1:8080"}, {"X-CSRF-Token", "token"}}, request};
  const serve::Response refused = api.handle(r);
  CHECK(refused.status == 422);
  CHECK(refused.body.find(R"("id":"serve.no_tables")") != std::string::npos);
  CHECK(refused.body.find("văn bản không có bảng nào nên không có tệp XLSX") != std::string::npos);
  // The same form as a PDF renders.
  r.target = "/api/render?format=pdf";
  const serve::Response pdf = api.handle(r);
  INFO(pdf.body.substr(0, 400));
  CHECK(pdf.status == 200);
  CHECK(pdf.body.rfind("%PDF", 0) == 0);
}
