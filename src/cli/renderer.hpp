// Stage: cli.
// Rendering in process: a template (or a DOCUMENT.vb and its template) and the fonts loaded once, then one
// document rendered into bytes per call — what `vanban serve` and the warm benchmark (bench/driver/warm.cpp) use.
#pragma once

#include "cli/commands.hpp"
#include "document/build.hpp"
#include "layout/fonts.hpp"
#include "template/template_folder.hpp"

#include <memory>
#include <optional>
#include <string>

namespace vanban::cli {

// One document's outputs in memory; nothing is written.
struct Rendered {
  std::optional<std::string> pdf;   // when `opts.formats` asks for it (by default always)
  std::optional<std::string> xlsx;  // when asked (by default when the document has tables)
  size_t pages = 0;
};

// Immutable once loaded: `render` is const and may run on several threads at
// once (the template and the FontSet are shared read-only, as in `batch`).
class Renderer {
 public:
  // `opts.inputs.front()` names the template (built-in name or folder) or a
  // DOCUMENT.vb; the other inputs are ignored. Fonts come from
  // `opts.fonts_file` (empty: layout::default_fonts_file()). nullopt after an
  // error in `diags`. Turns on the process's warm caches (layout::set_warm_caches).
  static std::optional<Renderer> load(const Options& opts, Diagnostics& diags);

  // Builds the document from `data` (one data file's value, or several
  // merged), lays it out and makes the outputs `opts.formats` asks for, as
  // `vanban render` does before writing them. nullopt after an error in
  // `diags`; warnings go to `diags` too.
  std::optional<Rendered> render(data::Value data, Diagnostics& diags) const;

  // Reads a data file (a compile spec is compiled, as render does) and renders it.
  std::optional<Rendered> render_file(const std::filesystem::path& data, Diagnostics& diags) const;

 private:
  struct Loaded;
  explicit Renderer(std::shared_ptr<const Loaded> loaded) : loaded_(std::move(loaded)) {}
  std::shared_ptr<const Loaded> loaded_;
};

}  // namespace vanban::cli
