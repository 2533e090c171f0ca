// Stage: cli.
#include "cli/renderer.hpp"

#include "cli/eoffice_outputs.hpp"
#include "cli/messages.hpp"
#include "cli/outputs.hpp"
#include "cli/prepare.hpp"
#include "layout/paragraph.hpp"
#include "xlsx/writer.hpp"

namespace vanban::cli {

struct Renderer::Loaded {
  Options opts;
  tmpl::Template tpl;
  std::optional<document::DocumentFile> document;
  layout::FontSet fonts;
  layout::LayoutOptions layout;
};

std::optional<Renderer> Renderer::load(const Options& opts, Diagnostics& diags) {
  Options first = opts;
  first.inputs = {opts.inputs.front()};
  Prepared p = prepare(first, false, diags);
  if (!p.tpl || diags.has_errors()) return std::nullopt;
  const std::filesystem::path fonts_file =
      opts.fonts_file.empty() ? layout::default_fonts_file() : std::filesystem::path(opts.fonts_file);
  std::optional<layout::FontSet> fonts = layout::FontSet::load(fonts_file, diags);
  if (!fonts || diags.has_errors()) return std::nullopt;
  // What one render leaves for the next: set paragraphs, font programs (docs/DESIGN.md).
  layout::set_warm_caches(true);
  layout::LayoutOptions lo;
  lo.creator = std::string("vanban ") + VANBAN_VERSION;
  lo.max_pages = opts.limits.pages;
  return Renderer(std::make_shared<const Loaded>(
      Loaded{std::move(first), std::move(*p.tpl), std::move(p.document), std::move(*fonts), std::move(lo)}));
}

std::optional<Rendered> Renderer::render(data::Value data, Diagnostics& diags) const {
  const Loaded& l = *loaded_;
  const document::DocumentFile* vb = l.document ? &*l.document : nullptr;
  const meta::Sources sources = metadata_sources(l.opts, data, vb, diags);
  std::optional<document::Document> doc =
      document::build_document(l.tpl, vb, std::move(data), build_options(l.opts), diags);
  if (!doc || diags.has_errors()) return std::nullopt;
  check_metadata(l.opts, *doc, sources, diags);
  if (diags.has_errors()) return std::nullopt;
  Rendered out;
  LaidOutPdf laid = lay_out_pdf(*doc, l.fonts, l.layout, wants_format(l.opts, *doc, "pdf"), diags);
  if (diags.has_errors()) return std::nullopt;
  out.pdf = std::move(laid.bytes);
  out.pages = laid.pages;
  if (wants_format(l.opts, *doc, "xlsx")) {
    if (doc->tables.empty()) {
      diags.add(make_error({}, msg::kNoTables));
      return std::nullopt;
    }
    xlsx::XlsxOptions xo;
    xo.creator = l.layout.creator;
    out.xlsx = xlsx::write_xlsx(*doc, xo, diags);
    if (!out.xlsx) return std::nullopt;
  }
  return out;
}

std::optional<Rendered> Renderer::render_file(const std::filesystem::path& path, Diagnostics& diags) const {
  std::optional<data::Value> data = load_compiled(path, diags, false, loaded_->opts.limits);
  if (!data || diags.has_errors()) return std::nullopt;
  return render(std::move(*data), diags);
}

}  // namespace vanban::cli
