// Stage: serve.
// The workspace folder, the truth behind the page: confined paths, listing, reading, and saving atomically
// with a version check so that a second clerk's save never overwrites the first's silently.
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::serve {

// Why a path or a save was refused; `none` when it was not.
enum class Refusal {
  none = 0,
  bad_path,       // empty, absolute, `..`, a hidden or control-character name, an extension not served
  symlink,        // a symbolic link on the way (it could lead out of the workspace)
  not_found,
  not_a_file,
  too_big,        // over the size limit (--limit data-mb)
  conflict,       // changed since the version the page read (or exists, for a new file)
  io,             // the disk refused
};

// The version of a file's bytes: a 64-bit FNV-1a digest in hex ("" for no file).
std::string version_of(std::string_view bytes);

class Workspace {
 public:
  // `root` must exist; it is made absolute and canonical once.
  Workspace(const std::filesystem::path& root, size_t max_file_bytes);

  const std::filesystem::path& root() const { return root_; }
  size_t max_file_bytes() const { return max_file_bytes_; }

  // `relative` as the page sends it (`bao-cao/thang-8.vb`) made a path inside
  // the workspace: relative, `/`-separated names, none empty, `.`, `..`,
  // starting with a dot, holding a backslash or a control character; an
  // extension in kServed; no symbolic link on the way (checked on the disk).
  std::optional<std::filesystem::path> resolve(std::string_view relative, Refusal& why) const;

  // The workspace path of an absolute path inside it (`a/b.vb`), or "" when outside.
  std::string relative(const std::filesystem::path& absolute) const;

  struct Entry {
    std::string path;     // relative, `/`-separated
    uintmax_t size = 0;
  };
  // Every served file, sorted, four folders deep at most; hidden folders and symbolic links skipped.
  std::vector<Entry> list() const;

  struct Read {
    std::string bytes;
    std::string version;
  };
  std::optional<Read> read(std::string_view relative, Refusal& why) const;

  // Writes `bytes` when the file's current version is `expected` ("" : the
  // file must not exist yet), through a temporary renamed into place. Returns
  // the new version, or nullopt with `why`. `make_folders`: missing folders
  // on the way are made (each name already checked by resolve).
  std::optional<std::string> save(std::string_view relative, std::string_view bytes, std::string_view expected,
                                  Refusal& why, bool make_folders = false);

  // Extensions served: .vb, and the data files (.yaml .yml .json .csv .xlsx).
  static bool served_extension(const std::filesystem::path& p);

 private:
  std::filesystem::path root_;
  size_t max_file_bytes_;
  std::mutex save_mutex_;  // one save at a time: the version check and the rename are one step
};

}  // namespace vanban::serve
