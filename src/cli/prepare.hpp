// Stage: cli.
// Shared first steps of check and render: resolve the template or document, load and merge the data.
#pragma once

#include "cli/commands.hpp"
#include "document/build.hpp"
#include "layout/fonts.hpp"
#include "template/template_folder.hpp"

#include <functional>
#include <optional>

namespace vanban::cli {

struct Prepared {
  std::optional<tmpl::Template> tpl;                // empty in data-only check
  std::optional<document::DocumentFile> document;   // when the first input is NAME.vb
  std::optional<data::Value> data;                  // merged data files
  size_t data_files = 0;
};

// The fonts of --fonts, else $VANBAN_FONTS, else the source tree's fonts/fonts.yaml; `~/` in its
// search folders is $HOME. The CLI reads the environment so that library code does not.
std::optional<layout::FontSet> load_fonts(const Options& opts, Diagnostics& diags);

// How to build documents as the command line asks (limits, e-office mode;
// the current year for an e-office date line without a date).
document::BuildOptions build_options(const Options& opts);

// `allow_data_only`: `check` may be given data files alone. The template and
// the data are read side by side, and `beside` (render: the fonts) with them.
Prepared prepare(const Options& opts, bool allow_data_only, Diagnostics& diags,
                 const std::function<void()>& beside = {});

// Gives the free pages of the heap back to the system (glibc keeps them
// otherwise): called once a large data tree is gone, so that the memory a
// render peaks at is what it holds, not what it once held.
void release_free_memory();

// Reads one data file; a compile spec (top-level `bien_soan`) is compiled and
// its report data returned instead. `must_be_spec`: anything else is an error.
// `limits.data_mb` bounds every file read.
std::optional<data::Value> load_compiled(const std::filesystem::path& path, Diagnostics& diags, bool must_be_spec,
                                         const Limits& limits);

// Loads and merges data files in order (later keys win); a compile spec
// among them is compiled where it stands. Nullopt when any file failed; an
// empty map for no files.
std::optional<data::Value> load_data(const std::vector<std::filesystem::path>& paths, const Limits& limits,
                                     Diagnostics& diags);

// The starter document `vanban new TYPE` writes: front matter with every
// field explained (examples filled in), the extends line, the type's starter body.
std::string starter_document(const tmpl::Template& t, Lang lang);

}  // namespace vanban::cli
