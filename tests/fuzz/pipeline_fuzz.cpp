// libFuzzer target: the whole pipeline — YAML data + a built-in template -> document -> layout -> PDF and XLSX
// bytes in memory — must never crash, hang or leak, and must either give both outputs or report an error.
// The first byte picks the template (the notice, the Party notice, the report document); the rest is the data.
#include "data/yaml_reader.hpp"
#include "document/build.hpp"
#include "layout/fonts.hpp"
#include "layout/layout.hpp"
#include "pdf/writer.hpp"
#include "template/template_folder.hpp"
#include "xlsx/writer.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>

namespace {

namespace fs = std::filesystem;

struct Fixture {
  std::optional<vanban::tmpl::Template> notice, party_notice, report;
  std::optional<vanban::document::DocumentFile> report_document;
  std::optional<vanban::layout::FontSet> fonts;
};

fs::path source_dir() {
  if (const char* env = std::getenv("VANBAN_SOURCE_DIR"); env && *env) return env;
  return VANBAN_SOURCE_DIR;
}

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture x;
    vanban::Diagnostics d;
    const fs::path root = source_dir();
    x.notice = vanban::tmpl::load_template(root / "templates/thong-bao", d);
    x.party_notice = vanban::tmpl::load_template(root / "templates/thong-bao-dang", d);
    x.report = vanban::tmpl::load_template(root / "templates/bao-cao-dinh-ky", d);
    x.report_document = vanban::document::load_document_file(root / "samples/bao-cao-8-thang.vb", d);
    x.fonts = vanban::layout::FontSet::load(root / "fonts/fonts.yaml", d);
    if (d.has_errors() || !x.notice || !x.party_notice || !x.report || !x.report_document || !x.fonts) abort();
    return x;
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  if (size < 1) return 0;
  const Fixture& f = fixture();
  static const auto file = std::make_shared<const std::string>("fuzz.yaml");
  vanban::Diagnostics diags;
  auto data = vanban::data::read_yaml(std::string_view(reinterpret_cast<const char*>(bytes) + 1, size - 1), file,
                                      diags);
  if (!data) return 0;
  const vanban::tmpl::Template* tpl = &*f.notice;
  const vanban::document::DocumentFile* doc = nullptr;
  switch (bytes[0] % 3) {
    case 1: tpl = &*f.party_notice; break;
    case 2: tpl = &*f.report; doc = &*f.report_document; break;
    default: break;
  }
  vanban::document::BuildOptions options;
  options.limits.max_iterations = 20000;
  options.limits.max_output = 1 << 20;
  options.limits.max_depth = 32;
  auto built = vanban::document::build_document(*tpl, doc, std::move(*data), options, diags);
  if (built.has_value() == diags.has_errors()) __builtin_trap();
  if (!built) return 0;
  vanban::layout::LaidOutDocument laid = vanban::layout::lay_out(*built, *f.fonts, {"vanban fuzz"}, diags);
  if (diags.has_errors()) return 0;
  if (laid.pages.empty()) __builtin_trap();
  auto pdf = vanban::pdf::write_pdf(laid, *f.fonts, diags);
  if (!pdf || pdf->compare(0, 5, "%PDF-") != 0) __builtin_trap();
  if (!built->tables.empty()) {
    auto xlsx = vanban::xlsx::write_xlsx(*built, {}, diags);
    if (!xlsx || xlsx->compare(0, 2, "PK") != 0) __builtin_trap();
  }
  return 0;
}
