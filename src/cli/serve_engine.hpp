// Stage: cli.
// The pipeline as `vanban serve` runs it: the steps of check and render (prepare, build, lay out, write
// in memory) behind serve::Engine, with the fonts and the built-in types loaded once and shared.
#pragma once

#include "cli/commands.hpp"
#include "layout/fonts.hpp"
#include "serve/engine.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace vanban::cli {

class ServeEngine : public serve::Engine {
 public:
  ServeEngine(const Options& opts, const layout::FontSet& fonts);
  ~ServeEngine() override;
  ServeEngine(const ServeEngine&) = delete;
  ServeEngine& operator=(const ServeEngine&) = delete;

  Diagnostics check(const serve::Source& source) override;
  serve::Rendered render(const serve::Source& source, std::string_view format) override;
  std::vector<std::string> type_names() override;
  std::shared_ptr<const tmpl::Template> type(const std::string& name, Diagnostics& diags) override;
  std::string starter(const tmpl::Template& type) override;
  std::optional<serve::Draft> import_draft(std::string_view bytes, const std::string& draft, const std::string& stem,
                                           Diagnostics& diags) override;

 private:
  struct Built;
  Built build(const serve::Source& source, Diagnostics& diags);
  void render_here(const serve::Source& source, std::string_view format, serve::Rendered& out);
  std::shared_ptr<const tmpl::Template> template_for(const std::string& name, const std::filesystem::path& folder,
                                                     const SourcePos& pos, Diagnostics& diags);

  Options opts_;
  const layout::FontSet& fonts_;
  std::mutex types_mutex_;
  std::map<std::string, std::shared_ptr<const tmpl::Template>> types_;
  // Builds run on a few workers of their own (one per core), whatever thread the request came on:
  // twenty typing clerks cannot hold more documents in memory than there are workers, and the
  // per-thread caches (ICU's break iterators) exist once per worker, not once per connection thread.
  void run_on_worker(const std::function<void()>& job);
  void work();
  std::mutex jobs_mutex_;
  std::condition_variable jobs_ready_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace vanban::cli
