// Stage: cli.
#include "cli/serve_engine.hpp"

#include "cli/eoffice_outputs.hpp"
#include "cli/import_draft.hpp"
#include "cli/outputs.hpp"
#include "cli/prepare.hpp"
#include "serve/messages.hpp"
#include "template/messages.hpp"
#include "docx/writer.hpp"
#include "xlsx/writer.hpp"

#include <algorithm>
#include <thread>

namespace vanban::cli {
namespace fs = std::filesystem;

struct ServeEngine::Built {
  std::optional<document::Document> doc;
};


ServeEngine::ServeEngine(const Options& opts, const layout::FontSet& fonts) : opts_(opts), fonts_(fonts) {
  const unsigned n = std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
  for (unsigned i = 0; i < n; ++i) workers_.emplace_back([this] { work(); });
}

ServeEngine::~ServeEngine() {
  {
    std::lock_guard<std::mutex> lock(jobs_mutex_);
    stopping_ = true;
  }
  jobs_ready_.notify_all();
  for (auto& w : workers_) w.join();
}

void ServeEngine::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(jobs_mutex_);
      jobs_ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    job();
  }
}

// Runs `job` on a worker and waits for it; an exception it throws is thrown here.
void ServeEngine::run_on_worker(const std::function<void()>& job) {
  std::mutex done_mutex;
  std::condition_variable done_cv;
  bool done = false;
  std::exception_ptr error;
  {
    std::lock_guard<std::mutex> lock(jobs_mutex_);
    jobs_.emplace_back([&] {
      try {
        job();
      } catch (...) {
        error = std::current_exception();
      }
      std::lock_guard<std::mutex> done_lock(done_mutex);
      done = true;
      done_cv.notify_one();
    });
  }
  jobs_ready_.notify_one();
  std::unique_lock<std::mutex> lock(done_mutex);
  done_cv.wait(lock, [&] { return done; });
  if (error) std::rethrow_exception(error);
}

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

std::optional<serve::Draft> ServeEngine::import_draft(std::string_view bytes, const std::string& draft,
                                                     const std::string& stem, Diagnostics& diags) {
  std::optional<serve::Draft> out;
  run_on_worker([&] {
    // Tracked changes are refused, as `vanban import` does without --accept-changes: the clerk decides.
    auto files = cli::import_draft(bytes, draft, stem, /*accept_changes=*/false, diags);
    if (files) out = serve::Draft{std::move(files->document), std::move(files->table_folder), std::move(files->table_files)};
  });
  return out;
}

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
  Diagnostics diags;
  run_on_worker([&] { build(source, diags); });
  return diags;
}

serve::Rendered ServeEngine::render(const serve::Source& source, std::string_view format) {
  serve::Rendered out;
  run_on_worker([&] { render_here(source, format, out); });
  return out;
}

void ServeEngine::render_here(const serve::Source& source, std::string_view format, serve::Rendered& out) {
  Built b = build(source, out.diags);
  if (!b.doc || out.diags.has_errors()) return;
  if (format == "xlsx") {
    if (b.doc->tables.empty()) {
      out.diags.add(make_error({}, serve::msg::kNoTables));
      return;
    }
    xlsx::XlsxOptions xo;
    xo.creator = std::string("vanban ") + VANBAN_VERSION;
    out.bytes = xlsx::write_xlsx(*b.doc, xo, out.diags);
    return;
  }
  if (format == "docx") {
    docx::DocxOptions dopt;
    dopt.creator = std::string("vanban ") + VANBAN_VERSION;
    out.bytes = docx::write_docx(*b.doc, fonts_, dopt, out.diags);
    return;
  }
  layout::LayoutOptions lo;
  lo.creator = std::string("vanban ") + VANBAN_VERSION;
  lo.max_pages = opts_.limits.pages;
  LaidOutPdf laid = lay_out_pdf(*b.doc, fonts_, lo, true, out.diags);
  out.pages = laid.pages;
  if (!out.diags.has_errors()) out.bytes = std::move(laid.bytes);
}

}  // namespace vanban::cli
