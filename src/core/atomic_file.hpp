// Stage: core.
// Atomic output: write to a temporary file in the target folder, rename when complete.
#pragma once

#include "core/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace vanban {

// An output file that appears under its final name only when commit()
// succeeds. Until then the bytes go to a hidden temporary file in the same
// folder (so the rename is atomic); a destructor without commit() removes it.
// An existing file at the target is replaced only by a complete new one.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Creates the temporary file; on failure returns the diagnostic.
  std::optional<Diagnostic> open();
  // Appends bytes; on failure (e.g. disk full) returns the diagnostic.
  std::optional<Diagnostic> write(std::string_view bytes);
  // fsyncs, closes and renames into place.
  std::optional<Diagnostic> commit();
  // Removes the temporary file (also done by the destructor).
  void discard();

  const std::filesystem::path& temp_path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// A file without a name in a scratch folder, gone when closed: a large
// output (a 4,000-page PDF, a 100,000-row workbook) made before it is written
// lives here rather than on the heap, then is copied into its AtomicFile.
class ScratchFile {
 public:
  // A new empty file in `dir`; nullopt with `error` (an errno) when none can be made.
  static std::optional<ScratchFile> create(const std::filesystem::path& dir, int& error);
  // Takes an open file descriptor, read from its start.
  explicit ScratchFile(int fd, size_t size, std::filesystem::path folder = {})
      : fd_(fd), size_(size), folder_(std::move(folder)) {}
  ScratchFile(ScratchFile&& other) noexcept : fd_(other.fd_), size_(other.size_), folder_(std::move(other.folder_)) {
    other.fd_ = -1;
  }
  ScratchFile& operator=(ScratchFile&& other) noexcept;
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  ~ScratchFile();

  // Appends; false on failure, errno set (a full disk).
  bool append(std::string_view bytes);
  // Overwrites bytes already appended, from `offset`; false on failure, errno set.
  bool write_at(size_t offset, std::string_view bytes);
  size_t size() const { return size_; }
  const std::filesystem::path& folder() const { return folder_; }  // where it is, for messages
  // Its bytes, from the start, into `out`; on failure the diagnostic.
  std::optional<Diagnostic> copy_to(AtomicFile& out) const;

 private:
  int fd_ = -1;
  size_t size_ = 0;
  std::filesystem::path folder_;
};

// Writes `bytes` to `target` atomically. Returns the diagnostic on failure;
// then no file was created and any existing file is unchanged.
// A diagnostic at `file` from `m` (arguments: `name`, then the reason), the
// reason being errno `e` in the message's language.
Diagnostic io_error(const std::filesystem::path& file, const Message& m, const std::string& name, int e);

std::optional<Diagnostic> write_file_atomic(const std::filesystem::path& target, std::string_view bytes);

// Opens `path` (after symbolic links) for reading only when it is a regular
// file: a named pipe, a device or a socket is refused before anything can
// block on it or read for ever. `fd` is -1 on failure, with `error` the errno
// or `not_regular` set. Every input (data, templates, fonts, specs) is opened here.
struct OpenedFile {
  int fd = -1;
  int error = 0;
  bool not_regular = false;
};
OpenedFile open_regular_file(const std::filesystem::path& path);

// Reads a whole regular file (open_regular_file); on failure returns nullopt and sets `error`
// (missing file, a folder given as a file, not a regular file, unreadable, or more than
// `max_mb` megabytes when that is not 0: the limit `data-mb`).
std::optional<std::string> read_file(const std::filesystem::path& path, Diagnostic& error, size_t max_mb = 0);

}  // namespace vanban
