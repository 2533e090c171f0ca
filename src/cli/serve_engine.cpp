// Stage: cli.
#include "cli/serve_engine.hpp"

#include "cli/eoffice_outputs.hpp"
#include "cli/outputs.hpp"
#include "cli/prepare.hpp"
#include "serve/messages.hpp"
#include "template/messages.hpp"
#include "xlsx/writer.hpp"

#include <algorithm>
#include <thread>

namespace vanban::cli {
namespace fs = std::filesystem;

struct ServeEngine::Built {
  std::optional<document::Document> doc;
};

namespace {

std::ptrdiff_t build_slots() {
  return static_cast<std::ptrdiff_t>(std::clamp(std::thread::hardware_concurrency(), 2u, 64u));
}

// Holds one of the engine's build slots for a scope.
class Slot {
 public:
  explicit Slot(std::counting_semaphore<256>& s) : s_(s) { s_.acquire(); }
  ~Slot() { s_.release(); }
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;

 private:
  std::counting_semaphore<256>& s_;
};

}  // namespace

ServeEngine::ServeEngine(const Options& opts, const layout::FontSet& fonts)
    : opts_(opts), fonts_(fonts), builds_(build_slots()) {}

std::vector<std::string> ServeEngine::type_names() {
  std::vector<std::string> names = tmpl::builtin_template_names(builtin_templates_dir());
  names.erase(std::remove_if(names.begin(), names.end(), [](const std::string& n) { return n.front() == '_'; }),
              names.end());
  return names;
}

std::shared_ptr<const tmpl::Template> ServeEngine::type(const std::string& name, Diagnostics& diags) {
  return template_for(name, fs::path(), {}, diags);
}

std::shared_ptr<const tmpl::Template> ServeEngine::template_for(const std::string& name, const fs::path& folder,
                                                               const SourcePos& pos, Diagnostics& diags) {
  const fs::path builtin = builtin_templates_dir();
  auto found = tmpl::resolve_template(name, builtin, folder);
  if (!found) {
    diags.add(make_error(pos, msg::kNoTemplate, name));
    return nullptr;
  }
  // Built-in types are read once; a template folder beside the document is read each time (it may be edited).
  const bool is_builtin = found->parent_path().lexically_normal() == builtin.lexically_normal();
  if (is_builtin) {
    std::lock_guard<std::mutex> lock(types_mutex_);
    if (auto it = types_.find(name); it != types_.end()) return it->second;
  }
  auto loaded = tmpl::load_template(*found, diags);
  if (!loaded) return nullptr;
  auto shared = std::make_shared<const tmpl::Template>(std::move(*loaded));
  if (is_builtin) {
    std::lock_guard<std::mutex> lock(types_mutex_);
    types_.emplace(name, shared);
  }
  return shared;
}

std::string ServeEngine::starter(const tmpl::Template& t) { return starter_document(t, opts_.lang); }

ServeEngine::Built ServeEngine::build(const serve::Source& source, Diagnostics& diags) {
  Built out;
  auto doc = document::parse_document_file(source.document, source.text, diags);
  if (!doc) return out;
  auto tpl = template_for(doc->program.extends, source.document.parent_path(), doc->program.extends_pos, diags);
  auto data = load_data(source.data, opts_.limits, diags);
  if (!tpl || !data || diags.has_errors()) return out;
  const document::BuildOptions build = build_options(opts_);
  const meta::Sources sources = metadata_sources(opts_, *data, &*doc, diags);
  out.doc = document::build_document(*tpl, &*doc, std::move(*data), build, diags);
  if (out.doc) check_metadata(opts_, *out.doc, sources, diags);
  return out;
}

Diagnostics ServeEngine::check(const serve::Source& source) {
  Slot slot(builds_);
  Diagnostics diags;
  build(source, diags);
  return diags;
}

serve::Rendered ServeEngine::render(const serve::Source& source, std::string_view format) {
  Slot slot(builds_);
  serve::Rendered out;
  Built b = build(source, out.diags);
  if (!b.doc || out.diags.has_errors()) return out;
  if (format == "xlsx") {
    if (b.doc->tables.empty()) {
      out.diags.add(make_error({}, serve::msg::kNoTables));
      return out;
    }
    xlsx::XlsxOptions xo;
    xo.creator = std::string("vanban ") + VANBAN_VERSION;
    out.bytes = xlsx::write_xlsx(*b.doc, xo, out.diags);
    return out;
  }
  layout::LayoutOptions lo;
  lo.creator = std::string("vanban ") + VANBAN_VERSION;
  lo.max_pages = opts_.limits.pages;
  LaidOutPdf laid = lay_out_pdf(*b.doc, fonts_, lo, true, out.diags);
  out.pages = laid.pages;
  if (!out.diags.has_errors()) out.bytes = std::move(laid.bytes);
  return out;
}

}  // namespace vanban::cli
