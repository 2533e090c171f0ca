// Stage: cli.
#include "cli/prepare.hpp"

#include "cli/messages.hpp"
#include "compile/compile.hpp"
#include "core/libc_time.hpp"
#include "core/atomic_file.hpp"
#include "core/parallel.hpp"
#include "data/load.hpp"
#include "template/messages.hpp"

#include <malloc.h>
#include <cstdlib>
#include <ctime>
#include <mutex>

namespace vanban::cli {
namespace fs = std::filesystem;

fs::path builtin_templates_dir() {
  if (const char* env = std::getenv("VANBAN_TEMPLATES"); env && *env) return env;
  return fs::path(VANBAN_BUILTIN_DIR) / "templates";
}

std::string scratch_dir() {
  const char* tmp = std::getenv("TMPDIR");
  return tmp && *tmp ? tmp : "/tmp";
}

std::optional<layout::FontSet> load_fonts(const Options& opts, Diagnostics& diags) {
  fs::path file = opts.fonts_file;
  if (const char* env = std::getenv("VANBAN_FONTS"); file.empty() && env && *env) file = env;
  if (file.empty()) file = layout::default_fonts_file();
  const char* home = std::getenv("HOME");
  return layout::FontSet::load(file, diags, home ? fs::path(home) : fs::path());
}

bool can_list_builtin_templates(Diagnostics& diags) {
  const fs::path dir = builtin_templates_dir();
  std::error_code ec;
  fs::directory_iterator listing(dir, ec);
  if (!ec) return true;
  Diagnostic d = io_error(dir, msg::kTemplatesUnreadable, dir.string(), ec.value());
  d.pos = {};
  diags.add(std::move(d));
  return false;
}

namespace {

std::optional<tmpl::Template> load_named_template(const std::string& name, const fs::path& relative_to,
                                                  const SourcePos& pos, Diagnostics& diags) {
  auto folder = tmpl::resolve_template(name, builtin_templates_dir(), relative_to);
  if (!folder) {
    // An unreadable folder of templates is an I/O error, not "no template" with an empty list.
    if (!can_list_builtin_templates(diags)) return std::nullopt;
    Diagnostic d = make_error(pos, msg::kNoTemplate, name);
    auto names = tmpl::builtin_template_names(builtin_templates_dir());
    std::string guess = closest_match(name, names);
    if (!guess.empty()) {
      d = with_hint(std::move(d), msg::kDidYouMean, guess);
    } else {
      std::string list;
      for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
      d = with_hint(std::move(d), msg::kTemplatesHint, list);
    }
    diags.add(std::move(d));
    return std::nullopt;
  }
  return tmpl::load_template(*folder, diags);
}

}  // namespace

std::optional<data::Value> load_compiled(const fs::path& path, Diagnostics& diags, bool must_be_spec,
                                         const Limits& limits) {
  auto v = data::load_file(path, diags, {}, limits.data_mb);
  if (!v) return std::nullopt;
  if (!compile::is_spec(*v)) {
    if (must_be_spec) {
      diags.add(make_error(v->pos(), msg::kNotASpec, path.string()));
      return std::nullopt;
    }
    return v;
  }
  auto spec = compile::read_spec(*v, path.parent_path(), diags);
  if (!spec) return std::nullopt;
  spec->max_file_mb = limits.data_mb;
  return compile::compile(*spec, diags);
}

// Whether the data files add up to less than 1 MB (false when one cannot be measured).
static bool small_data(const std::vector<fs::path>& paths) {
  uintmax_t total = 0;
  for (const auto& path : paths) {
    std::error_code ec;
    const uintmax_t size = fs::file_size(path, ec);
    if (ec) return false;
    total += size;
  }
  return total < (uintmax_t(1) << 20);
}

Prepared prepare(const Options& opts, bool allow_data_only, Diagnostics& diags, const std::function<void()>& beside) {
  Prepared p;
  std::vector<std::filesystem::path> data_paths;
  const std::string& first = opts.inputs.front();
  fs::path first_path(first);
  std::error_code ec;
  // A data file has an extension (or is an existing file); a template is a
  // built-in name or a folder holding template.yaml.
  bool template_folder = fs::is_directory(first_path, ec) && fs::exists(first_path / "template.yaml", ec);
  bool first_is_data =
      !template_folder && (first_path.has_extension() || fs::is_regular_file(first_path, ec));

  const bool vb = first_path.extension() == ".vb";
  const bool data_only = !vb && first_is_data && allow_data_only;
  if (data_only) data_paths.assign(opts.inputs.begin(), opts.inputs.end());
  else data_paths.assign(opts.inputs.begin() + 1, opts.inputs.end());
  p.data_files = data_paths.size();
  // The template (or document) and the data are read side by side (core/parallel.hpp),
  // and `beside` with them; the data's problems are told after the template's.
  // Large data is item 0, read on this thread (see parallel_for: its heap
  // arena). Beside a document (.vb), small data — a report's tens of
  // kilobytes — is item 1: this thread then starts at once on the document
  // and its template, the longer part, while the helper thread is still
  // waking (~2 ms on this project's VM). The 8-month report: −3.8 ms (44.1 →
  // 40.3 ms, in turns); a notice from a built-in template gained nothing.
  const size_t data_item = vb && small_data(data_paths) ? 1 : 0;
  Diagnostics data_diags;
  parallel_for(beside ? 3 : 2, [&](size_t part) {
    if (part == data_item) {
      p.data = load_data(data_paths, opts.limits, data_diags);
    } else if (part == 2) {
      beside();
    } else if (vb) {
      p.document = document::load_document_file(first_path, diags);
      if (p.document) {
        p.tpl = load_named_template(p.document->program.extends, first_path.parent_path(),
                                    p.document->program.extends_pos, diags);
      }
    } else if (!data_only) {
      p.tpl = load_named_template(first, fs::path(), {}, diags);
    }
  });
  diags.append(data_diags);
  return p;
}

std::optional<data::Value> load_data(const std::vector<fs::path>& paths, const Limits& limits, Diagnostics& diags) {
  // Like data::load_all, but a compile spec among the files is compiled where it stands.
  std::optional<data::Value> data;
  bool failed = false;
  for (const auto& path : paths) {
    auto v = load_compiled(path, diags, false, limits);
    if (!v) {
      failed = true;
    } else if (!data) {
      data = std::move(*v);
    } else {
      data::merge(*data, std::move(*v));
    }
  }
  if (failed) return std::nullopt;
  if (!data) data = data::Value::map({});
  return data;
}

document::BuildOptions build_options(const Options& opts) {
  document::BuildOptions build;
  build.blank_number_and_date = opts.blank_number_and_date;
  build.limits = tmpl::limits_from(opts.limits);
  std::time_t now = std::time(nullptr);
  std::tm local{};
  {
    std::lock_guard<std::mutex> lock(libc_time_mutex());
    localtime_r(&now, &local);
  }
  build.year = local.tm_year + 1900;
  return build;
}

constexpr size_t kWorthReleasing = size_t(16) << 20;

void release_free_memory() {
#if defined(__GLIBC__)
  // Only when much is free (a large data tree gone): handing back a few
  // megabytes costs a millisecond, and the pages and the workbook then touch
  // them afresh (each new page a fault: ~10 µs on the bench machine).
  if (mallinfo2().fordblks < kWorthReleasing) return;
  malloc_trim(0);
#endif
}

}  // namespace vanban::cli
