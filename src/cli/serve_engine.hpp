// Stage: cli.
// The pipeline as `vanban serve` runs it: the steps of check and render (prepare, build, lay out, write
// in memory) behind serve::Engine, with the fonts and the built-in types loaded once and shared.
#pragma once

#include "cli/commands.hpp"
#include "layout/fonts.hpp"
#include "serve/engine.hpp"

#include <map>
#include <mutex>
#include <semaphore>

namespace vanban::cli {

class ServeEngine : public serve::Engine {
 public:
  ServeEngine(const Options& opts, const layout::FontSet& fonts);

  Diagnostics check(const serve::Source& source) override;
  serve::Rendered render(const serve::Source& source, std::string_view format) override;
  std::vector<std::string> type_names() override;
  std::shared_ptr<const tmpl::Template> type(const std::string& name, Diagnostics& diags) override;
  std::string starter(const tmpl::Template& type) override;

 private:
  struct Built;
  Built build(const serve::Source& source, Diagnostics& diags);
  std::shared_ptr<const tmpl::Template> template_for(const std::string& name, const std::filesystem::path& folder,
                                                     const SourcePos& pos, Diagnostics& diags);

  Options opts_;
  const layout::FontSet& fonts_;
  std::mutex types_mutex_;
  std::map<std::string, std::shared_ptr<const tmpl::Template>> types_;
  // Documents built at once: a page's typing cannot make the server hold more than this many in memory.
  std::counting_semaphore<256> builds_;
};

}  // namespace vanban::cli
