// Stage: serve.
#include "serve/workspace.hpp"

#include "core/atomic_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sys/stat.h>

namespace vanban::serve {
namespace fs = std::filesystem;

std::string version_of(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

Workspace::Workspace(const fs::path& root, size_t max_file_bytes)
    : root_(fs::canonical(fs::absolute(root))), max_file_bytes_(max_file_bytes) {}

bool Workspace::served_extension(const fs::path& p) {
  static constexpr std::string_view kServed[] = {".vb", ".yaml", ".yml", ".json", ".csv", ".xlsx"};
  const std::string ext = p.extension().string();
  return std::find(std::begin(kServed), std::end(kServed), ext) != std::end(kServed);
}

namespace {

constexpr size_t kMaxPath = 1024;
constexpr int kMaxDepth = 4;

bool valid_name(std::string_view name) {
  if (name.empty() || name.size() > 255 || name.front() == '.') return false;
  return std::none_of(name.begin(), name.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F || c == '\\' || c == ':';
  });
}

}  // namespace

std::optional<fs::path> Workspace::resolve(std::string_view relative, Refusal& why) const {
  why = Refusal::bad_path;
  if (relative.empty() || relative.size() > kMaxPath || relative.front() == '/') return std::nullopt;
  fs::path out = root_;
  size_t start = 0;
  int depth = 0;
  while (start <= relative.size()) {
    size_t end = relative.find('/', start);
    if (end == std::string_view::npos) end = relative.size();
    std::string_view name = relative.substr(start, end - start);
    if (!valid_name(name) || ++depth > kMaxDepth + 1) return std::nullopt;
    out /= std::string(name);
    // Every name on the way that exists must be itself, not a link elsewhere.
    struct stat st {};
    if (::lstat(out.c_str(), &st) == 0) {
      if (S_ISLNK(st.st_mode)) {
        why = Refusal::symlink;
        return std::nullopt;
      }
      if (end < relative.size() && !S_ISDIR(st.st_mode)) return std::nullopt;
    }
    start = end + 1;
  }
  if (!served_extension(out)) return std::nullopt;
  why = Refusal::none;
  return out;
}

std::string Workspace::relative(const fs::path& absolute) const {
  const std::string a = absolute.lexically_normal().string();
  const std::string r = root_.string() + "/";
  if (a.rfind(r, 0) != 0) return "";
  return a.substr(r.size());
}

std::vector<Workspace::Entry> Workspace::list() const {
  std::vector<Entry> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(root_, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    const std::string name = e.path().filename().string();
    std::error_code sec;
    if (e.is_symlink(sec) || name.front() == '.') {
      if (e.is_directory(sec) && !e.is_symlink(sec)) it.disable_recursion_pending();
      continue;
    }
    if (e.is_directory(sec)) {
      if (it.depth() + 1 >= kMaxDepth) it.disable_recursion_pending();
      continue;
    }
    if (!e.is_regular_file(sec) || !served_extension(e.path())) continue;
    const std::string rel = relative(e.path());
    Refusal why;
    if (rel.empty() || !resolve(rel, why)) continue;
    out.push_back({rel, e.file_size(sec)});
  }
  std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.path < b.path; });
  return out;
}

std::optional<Workspace::Read> Workspace::read(std::string_view relative_path, Refusal& why) const {
  auto path = resolve(relative_path, why);
  if (!path) return std::nullopt;
  std::error_code ec;
  if (!fs::exists(*path, ec)) {
    why = Refusal::not_found;
    return std::nullopt;
  }
  if (!fs::is_regular_file(*path, ec)) {
    why = Refusal::not_a_file;
    return std::nullopt;
  }
  if (fs::file_size(*path, ec) > max_file_bytes_) {
    why = Refusal::too_big;
    return std::nullopt;
  }
  Diagnostic error;
  auto bytes = read_file(*path, error);
  if (!bytes) {
    why = Refusal::io;
    return std::nullopt;
  }
  Read r{std::move(*bytes), ""};
  r.version = version_of(r.bytes);
  return r;
}

std::optional<std::string> Workspace::save(std::string_view relative_path, std::string_view bytes,
                                           std::string_view expected, Refusal& why, bool make_folders) {
  if (bytes.size() > max_file_bytes_) {
    why = Refusal::too_big;
    return std::nullopt;
  }
  auto path = resolve(relative_path, why);
  if (!path) return std::nullopt;
  std::lock_guard<std::mutex> lock(save_mutex_);
  std::error_code ec;
  std::string current;
  if (fs::exists(*path, ec)) {
    Diagnostic error;
    auto now = read_file(*path, error);
    if (!now) {
      why = fs::is_regular_file(*path, ec) ? Refusal::io : Refusal::not_a_file;
      return std::nullopt;
    }
    current = version_of(*now);
  }
  if (current != expected) {
    why = Refusal::conflict;
    return std::nullopt;
  }
  if (make_folders) fs::create_directories(path->parent_path(), ec);
  if (!fs::exists(path->parent_path(), ec)) {
    why = Refusal::not_found;
    return std::nullopt;
  }
  if (write_file_atomic(*path, bytes)) {
    why = Refusal::io;
    return std::nullopt;
  }
  why = Refusal::none;
  return version_of(bytes);
}

}  // namespace vanban::serve
