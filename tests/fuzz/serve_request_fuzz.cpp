// libFuzzer target: vanban serve's request handling without sockets — paths and queries, headers (CSRF,
// Host, Origin, Cookie), JSON bodies (forms with any fields and bodies, checked and rendered by the real
// engine), raw uploads, Word drafts imported (/api/import), units' files dropped for a compile spec and
// the report rendered from it (/api/compile/drop, /api/compile/render) — must never crash, hang or leak, must answer with a status and the CSP, and
// must never write outside the workspace.
// Input: line 1 the method, line 2 the target, then header lines `Name: value` up to an empty line,
// then the body. `$TOKEN` in a header stands for the server's CSRF token (so seeds get past the check).
#include "cli/commands.hpp"
#include "cli/serve_engine.hpp"
#include "serve/api.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;
using namespace vanban;

constexpr const char* kToken = "fuzz-csrf-token";

struct Fixture {
  fs::path root;
  std::optional<layout::FontSet> fonts;
  cli::Options opts;
  std::unique_ptr<cli::ServeEngine> engine;
  std::unique_ptr<serve::Workspace> workspace;
  std::unique_ptr<serve::Api> api;
  std::string seed_doc;
};

fs::path source_dir() {
  if (const char* env = std::getenv("VANBAN_SOURCE_DIR"); env && *env) return env;
  return VANBAN_SOURCE_DIR;
}

Fixture& fixture() {
  static Fixture f = [] {
    Fixture x;
    x.root = fs::temp_directory_path() / ("vanban-serve-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(x.root / "con");
    std::ifstream in(source_dir() / "samples/thong-bao-90.vb", std::ios::binary);
    x.seed_doc.assign(std::istreambuf_iterator<char>(in), {});
    Diagnostics d;
    ::setenv("VANBAN_TEMPLATES", (source_dir() / "templates").c_str(), 0);
    x.fonts = layout::FontSet::load(source_dir() / "fonts/fonts.yaml", d);
    if (!x.fonts) std::abort();
    x.opts.limits.data_mb = 1;
    x.engine = std::make_unique<cli::ServeEngine>(x.opts, *x.fonts);
    x.workspace = std::make_unique<serve::Workspace>(x.root, 1 << 20);
    x.api = std::make_unique<serve::Api>(*x.workspace, *x.engine,
                                         serve::ApiConfig{kToken, "", {"127.0.0.1:8080"}, Lang::vi});
    return x;
  }();
  return f;
}

// The workspace as each input starts: one document and a small compile spec (th/bien-soan.yaml, two
// units, two months, one file in); whatever an input wrote is removed.
void reset(const Fixture& f) {
  std::error_code ec;
  fs::remove_all(f.root, ec);
  fs::create_directories(f.root / "con", ec);
  fs::create_directories(f.root / "th/thang", ec);
  std::ofstream(f.root / "tb.vb", std::ios::binary) << f.seed_doc;
  std::ofstream(f.root / "th/bien-soan.yaml", std::ios::binary)
      << "bien_soan: {nam: 2023, den_thang: 2}\n"
         "don_vi:\n  - {ten: Huyện Can Lộc}\n  - {ten: Huyện Đức Thọ, ma: duc-tho}\n"
         "chi_tieu:\n  - {ma: duong_th, ten: Đường, don_vi: km, loai: flow}\n"
         "nguon:\n  - tep: \"thang/{nam}-{thang}.csv\"\n  - tep: \"huyen/{don_vi}/{nam}-{thang}.xlsx\"\n";
  std::ofstream(f.root / "th/thang/2023-01.csv", std::ios::binary) << "don_vi,duong_th\nHuyện Can Lộc,1.5\nHuyện Đức Thọ,2\n";
}

std::string next_line(std::string_view& s) {
  size_t n = s.find('\n');
  std::string line(s.substr(0, n));
  s.remove_prefix(n == std::string_view::npos ? s.size() : n + 1);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Fixture& f = fixture();
  reset(f);
  std::string_view in(reinterpret_cast<const char*>(data), size);
  serve::Request req;
  req.method = next_line(in);
  req.target = next_line(in);
  while (!in.empty()) {
    std::string line = next_line(in);
    if (line.empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    if (value == "$TOKEN") value = kToken;
    req.headers.emplace_back(line.substr(0, colon), value);
  }
  req.body = std::string(in);
  const serve::Response r = f.api->handle(req);
  if (r.status < 200 || r.status > 599) std::abort();
  bool csp = false;
  for (const auto& [k, v] : r.headers) csp = csp || k == "Content-Security-Policy";
  if (!csp) std::abort();
  // Nothing may appear beside the workspace.
  const fs::path parent = f.root.parent_path();
  for (const char* escaped : {"x.vb", "x.csv", "x.yaml", "x.xlsx", "x-bang", "thang", "huyen"}) {
    if (fs::exists(parent / escaped)) std::abort();
  }
  return 0;
}
