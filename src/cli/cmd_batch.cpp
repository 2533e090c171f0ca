// Stage: cli.
// `vanban batch TEMPLATE|DOCUMENT.vb DATA... -o DIR [-j N] [--shard I/N] [--name-field F] [--progress]`:
// one document per data file, rendered on N threads; a bad file does not stop the others.
#include "cli/commands.hpp"
#include "core/parallel.hpp"
#include "cli/eoffice_outputs.hpp"
#include "cli/messages.hpp"
#include "cli/outputs.hpp"
#include "cli/prepare.hpp"
#include "core/messages.hpp"
#include "layout/paragraph.hpp"
#include "locale/text.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <map>
#include <mutex>
#include <functional>
#include <thread>
#include <pthread.h>
#include <unistd.h>

namespace vanban::cli {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void on_signal(int) { g_stop.store(true); }

// Workers get a stack of a known size, not what the C library gives a thread
// (glibc: `ulimit -s`, 2 MiB and less are common; musl: 128 KiB). Every
// reader and the template expansion recurse within fixed bounds that need far
// less (docs/SECURITY.md, "Limits"); the same size as the main thread's usual 8 MiB.
constexpr size_t kWorkerStack = size_t(8) << 20;

extern "C" void* run_worker(void* body) {
  (*static_cast<std::function<void()>*>(body))();
  return nullptr;
}

struct Job {
  std::filesystem::path data;
  std::string name;
  Diagnostics diags;
  bool ok = false;
  bool done = false;
};

std::optional<std::pair<size_t, size_t>> parse_shard(const std::string& s) {
  size_t slash = s.find('/');
  if (slash == std::string::npos) return std::nullopt;
  try {
    size_t used = 0;
    long i = std::stol(s.substr(0, slash), &used);
    if (used != slash) return std::nullopt;
    long n = std::stol(s.substr(slash + 1), &used);
    if (used != s.size() - slash - 1 || n < 1 || i < 0 || i >= n) return std::nullopt;
    return std::make_pair(static_cast<size_t>(i), static_cast<size_t>(n));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// A file name from a data value: `/`, other path characters and control
// characters (a newline typed in a cell) become `-`.
std::string safe_name(std::string s) {
  for (char& c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '/' || c == '\\' || c == ':' || u < 0x20 || u == 0x7F) c = '-';
  }
  if (s == "." || s == "..") s = "-";
  return s;
}

// Resident memory of this process in MB (/proc/self/statm), 0 when unknown.
size_t resident_mb() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long size = 0, resident = 0;
  const int n = std::fscanf(f, "%lu %lu", &size, &resident);
  std::fclose(f);
  if (n != 2) return 0;
  return static_cast<size_t>(resident) * static_cast<size_t>(sysconf(_SC_PAGESIZE)) >> 20;
}

}  // namespace

int run_batch(const Options& opts) {
  Diagnostics setup;
  std::pair<size_t, size_t> shard{0, 1};
  if (!opts.shard.empty()) {
    auto s = parse_shard(opts.shard);
    if (!s) {
      setup.add(make_error({}, msg::kBatchBadShard, opts.shard));
      report(setup, opts.lang);
      return static_cast<int>(ExitCode::usage);
    }
    shard = *s;
  }
  Options first = opts;
  first.inputs = {opts.inputs.front()};
  Prepared p = prepare(first, false, setup);
  std::optional<layout::FontSet> fonts;
  if (p.tpl && !setup.has_errors()) fonts = load_fonts(opts, setup);
  if (!p.tpl || !fonts || setup.has_errors()) return report(setup, opts.lang);

  std::vector<Job> jobs;
  for (size_t i = 1; i < opts.inputs.size(); ++i) {
    if ((i - 1) % shard.second != shard.first) continue;
    Job j;
    j.data = opts.inputs[i];
    jobs.push_back(std::move(j));
  }
  const std::filesystem::path dir(opts.output_dir.empty() ? "." : opts.output_dir);
  unsigned threads = opts.jobs > 0 ? static_cast<unsigned>(opts.jobs) : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(1, jobs.size())));
  // A document a thread fills the cores: no document is split over two.
  if (threads >= 2) set_parallel(false);
  // Documents of one template share most of their paragraphs and glyphs: a
  // batch keeps what the next document can reuse (layout::set_warm_caches;
  // 1,000 notices: 2.2 → 1.8 s, 12 → 32 MB, bounded; the same bytes).
  layout::set_warm_caches(true);

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  const bool progress = opts.progress || isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  std::atomic<size_t> next{0}, finished{0}, running{0}, over_memory_mb{0};
  std::mutex names_mutex, print_mutex;
  std::map<std::string, std::string> names;  // output name -> the data file that took it
  auto last_print = start;

  Committer committer;
  auto work = [&] {
    for (;;) {
      // The limit `memory-mb`: above it no new document starts until the
      // running ones finish; still above it with none running, the batch stops.
      for (;;) {
        if (g_stop.load() || over_memory_mb.load()) return;
        const size_t rss = resident_mb();
        if (rss <= opts.limits.memory_mb) break;
        if (running.load() == 0) {
          over_memory_mb.store(rss);
          return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
      size_t k = next.fetch_add(1);
      if (k >= jobs.size()) return;
      running.fetch_add(1);
      Job& job = jobs[k];
      Diagnostics& diags = job.diags;
      // A fault in one document (an exception no stage caught) fails that
      // document only; a worker thread must not take the whole batch down.
      try {
        auto data = load_compiled(job.data, diags, false, opts.limits);
        std::optional<document::Document> doc;
        meta::Sources sources;
        if (data && !diags.has_errors()) {
          job.name = job.data.stem().string();
          if (!opts.name_field.empty()) {
            const data::Value* v = data->find(opts.name_field);
            if (v && v->is_string() && !v->as_string().empty()) job.name = safe_name(v->as_string());
            else if (v && v->is_number()) job.name = safe_name(v->as_number().normalized().to_string());
            else diags.add(make_error(data->pos(), msg::kBatchNoName, opts.name_field));
          }
          if (!diags.has_errors()) {
            std::lock_guard<std::mutex> lock(names_mutex);
            auto [it, fresh] = names.emplace(job.name, job.data.string());
            if (!fresh) diags.add(make_error(data->pos(), msg::kBatchNameTaken, job.name, it->second));
          }
          if (!diags.has_errors()) {
            document::BuildOptions build = build_options(opts);
            sources = metadata_sources(opts, *data, p.document ? &*p.document : nullptr, diags);
            doc = document::build_document(*p.tpl, p.document ? &*p.document : nullptr, std::move(*data), build,
                                           diags);
            if (doc) check_metadata(opts, *doc, sources, diags);
          }
        }
        if (doc && !diags.has_errors()) {
          layout::LayoutOptions lo;
          lo.creator = std::string("vanban ") + VANBAN_VERSION;
          lo.max_pages = opts.limits.pages;
          const LaidOutPdf laid = lay_out_pdf(*doc, *fonts, lo, wants_format(opts, *doc, "pdf"), diags);
          Written written;
          StagedFiles staged;
          if (!diags.has_errors() && !g_stop.load() &&
              write_outputs(*doc, laid, *fonts, opts, dir, job.name, diags, written, &sources, nullptr, &staged) == 0) {
            // Put in place on the committer's thread; the job is done when they are.
            committer.add(std::move(staged), [&job](std::optional<Diagnostic> error) {
              if (error) job.diags.add(std::move(*error));
              job.ok = !error;
            });
          }
        }
      } catch (const std::exception& e) {
        diags.add(internal_error(e.what()));
        job.ok = false;
      } catch (...) {
        diags.add(internal_error("?"));
        job.ok = false;
      }
      job.done = true;
      running.fetch_sub(1);
      size_t n = finished.fetch_add(1) + 1;
      if (progress) {
        std::lock_guard<std::mutex> lock(print_mutex);
        auto now = std::chrono::steady_clock::now();
        if (now - last_print > std::chrono::milliseconds(100) || n == jobs.size()) {
          last_print = now;
          double secs = std::chrono::duration<double>(now - start).count();
          double rate = secs > 0 ? static_cast<double>(n) / secs : 0;
          long left = rate > 0 ? static_cast<long>(static_cast<double>(jobs.size() - n) / rate + 0.5) : 0;
          const Diagnostic line = make_error({}, msg::kBatchProgress, n, jobs.size(), rate, left);
          std::cerr << '\r' << escape_controls(line.text(opts.lang)) << "\x1b[K" << std::flush;
        }
      }
    }
  };
  // ICU's lazily built singletons (NFC data, the vi locale, the line breaker)
  // are made here, before any worker starts, so that the workers only read them.
  locale::nfc("Việt");
  locale::case_fold("Việt");
  locale::line_break_opportunities("Việt Nam");
  locale::collate("a", "b");
  std::function<void()> body = work;
  std::vector<pthread_t> pool;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kWorkerStack);
  for (unsigned t = 0; t + 1 < threads; ++t) {
    pthread_t thread;
    if (pthread_create(&thread, &attr, run_worker, &body) == 0) pool.push_back(thread);  // else: fewer workers
  }
  pthread_attr_destroy(&attr);
  work();
  for (pthread_t t : pool) pthread_join(t, nullptr);
  committer.finish();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (progress) std::cerr << '\n';

  // Every failure, in the order the files were given, then the summary.
  Diagnostics all;
  std::string failed;
  size_t made = 0, failures = 0;
  for (Job& job : jobs) {
    for (const auto& d : job.diags.items()) all.add(d);
    if (job.ok) {
      ++made;
    } else if (job.done) {
      ++failures;
      failed += (failed.empty() ? "" : ", ") + job.data.string();
    }
  }
  int status = report(all, opts.lang);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (g_stop.load()) {
    std::cerr << escape_controls(make_error({}, msg::kBatchStopped, made, jobs.size()).text(opts.lang)) << '\n';
    return 128 + SIGINT;
  }
  if (size_t rss = over_memory_mb.load()) {
    const size_t left = jobs.size() - std::min(jobs.size(), next.load());
    Diagnostic d = make_error({}, msg::kBatchMemory, rss, opts.limits.memory_mb, made, jobs.size(), left);
    std::cerr << with_hint(std::move(d), msg::kLimitHint, "memory-mb", rss * 2).format(opts.lang) << '\n';
    return static_cast<int>(ExitCode::io);
  }
  const Diagnostic done =
      make_error({}, msg::kBatchDone, made, jobs.size(), secs, secs > 0 ? static_cast<double>(made) / secs : 0.0, dir.string());
  std::cerr << escape_controls(done.text(opts.lang)) << '\n';
  if (failures > 0) {
    std::cerr << escape_controls(make_error({}, msg::kBatchFailed, failures, failed).text(opts.lang)) << '\n';
    return status != 0 ? status : static_cast<int>(ExitCode::invalid_input);
  }
  return status;
}

}  // namespace vanban::cli
