// vanban-warm: the warm, in-process re-render that `vanban serve` does, timed (bench/run.sh; never installed).
//
//   vanban-warm TEMPLATE DATA [--field KEY] [--edit value|text|disk] [--runs N] [--warmup N] [--out FILE.pdf]
//
// Loads the template and the fonts once (cli::Renderer), then renders the document `--runs` times, each
// time after one top-level field of the data (`--field`, by default `so`, the document's number) was given a
// new number, and prints one JSON line: the wall and CPU time of each render in milliseconds, the pages and the PDF size.
// How the edit reaches the renderer:
//   value  the data read once; each run copies it and merges the new field in (no YAML read),
//   text   the YAML text edited in memory and read again (what a compiler fed a changed file does),
//   disk   a copy of the data file rewritten with the edit, then read from disk (a save in the editor).
#include "cli/renderer.hpp"
#include "data/load.hpp"
#include "data/yaml_reader.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace vanban;

int usage() {
  std::cerr << "usage: vanban-warm TEMPLATE DATA [--field KEY] [--edit value|text|disk] [--runs N] [--warmup N]"
               " [--out FILE.pdf]\n";
  return 2;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out.flush());
}

// CPU time of the process so far (every thread), milliseconds.
double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Prints the problems; the exit status is never 0.
int fail(const Diagnostics& diags) {
  const int status = cli::report(diags, Lang::vi);
  return status != 0 ? status : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> pos;
  std::string field = "so", edit = "value", out_pdf;
  int runs = 50, warmup = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--field") field = next();
    else if (a == "--edit") edit = next();
    else if (a == "--runs") runs = std::atoi(next().c_str());
    else if (a == "--warmup") warmup = std::atoi(next().c_str());
    else if (a == "--out") out_pdf = next();
    else if (!a.empty() && a[0] == '-') return usage();
    else pos.push_back(a);
  }
  if (pos.size() != 2 || runs < 1 || warmup < 0 || (edit != "value" && edit != "text" && edit != "disk")) return usage();

  cli::Options opts;
  opts.inputs = {pos[0]};
  Diagnostics diags;
  std::optional<cli::Renderer> renderer = cli::Renderer::load(opts, diags);
  if (!renderer) return fail(diags);

  const std::string text = read_text(pos[1]);
  const std::regex line("^" + field + ":.*$", std::regex::multiline);
  if (!std::regex_search(text, line)) {
    std::cerr << "vanban-warm: " << pos[1] << " has no top-level line `" << field << ": …`\n";
    return 2;
  }
  std::optional<data::Value> base = data::load_file(pos[1], diags);
  if (!base) return fail(diags);
  char tmp_dir[] = "/tmp/vanban-warm-XXXXXX";
  if (edit == "disk" && !mkdtemp(tmp_dir)) return 3;
  const std::string disk_copy = std::string(tmp_dir) + "/" + std::filesystem::path(pos[1]).filename().string();

  std::vector<double> times, cpu_times;  // wall and CPU milliseconds of each run
  cli::Rendered last;
  for (int i = 0; i < warmup + runs; ++i) {
    const std::string edited_line = field + ": " + std::to_string(100 + i);
    Diagnostics d;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_ms();
    std::optional<cli::Rendered> r;
    if (edit == "value") {
      data::Value v = *base;
      std::optional<data::Value> overlay = data::read_yaml(edited_line, std::make_shared<const std::string>("edit"), d);
      if (overlay) data::merge(v, std::move(*overlay));
      if (overlay) r = renderer->render(std::move(v), d);
    } else {
      const std::string edited = std::regex_replace(text, line, edited_line, std::regex_constants::format_first_only);
      if (edit == "text") {
        std::optional<data::Value> v = data::read_yaml(edited, std::make_shared<const std::string>(pos[1]), d);
        if (v) r = renderer->render(std::move(*v), d);
      } else if (write_text(disk_copy, edited)) {
        r = renderer->render_file(disk_copy, d);
      }
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!r || !r->pdf) return fail(d);
    const double cpu = cpu_ms() - cpu_start;
    if (i >= warmup) {
      times.push_back(ms);
      cpu_times.push_back(cpu);
    }
    last = std::move(*r);
  }
  if (edit == "disk") {
    std::filesystem::remove_all(tmp_dir);
  }
  if (!out_pdf.empty() && !write_text(out_pdf, *last.pdf)) return 3;
  std::cout << "{\"edit\": \"" << edit << "\", \"pages\": " << last.pages << ", \"pdf_bytes\": " << last.pdf->size()
            << ", \"times_ms\": [";
  for (size_t i = 0; i < times.size(); ++i) std::cout << (i ? ", " : "") << times[i];
  std::cout << "], \"cpu_ms\": [";
  for (size_t i = 0; i < cpu_times.size(); ++i) std::cout << (i ? ", " : "") << cpu_times[i];
  std::cout << "]}\n";
  return 0;
}
