// Stage: core.
#include "core/atomic_file.hpp"

#include "core/messages.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

namespace vanban {
namespace fs = std::filesystem;
namespace {

SourcePos file_pos(const fs::path& p) {
  return SourcePos{std::make_shared<const std::string>(p.string()), 0, 0};
}

// The system's reason as a translated term, for the errors a clerk can meet.
const Message* errno_term(int e) {
  switch (e) {
    case EACCES: return &msg::kErrnoEACCES;
    case EPERM: return &msg::kErrnoEPERM;
    case ENOSPC: return &msg::kErrnoENOSPC;
    case EDQUOT: return &msg::kErrnoEDQUOT;
    case EFBIG: return &msg::kErrnoEFBIG;
    case EROFS: return &msg::kErrnoEROFS;
    case EIO: return &msg::kErrnoEIO;
    case ENOENT: return &msg::kErrnoENOENT;
    case ENOTDIR: return &msg::kErrnoENOTDIR;
    case EISDIR: return &msg::kErrnoEISDIR;
    case EMFILE: return &msg::kErrnoEMFILE;
    case ENFILE: return &msg::kErrnoENFILE;
    case ENAMETOOLONG: return &msg::kErrnoENAMETOOLONG;
    default: return nullptr;
  }
}

}  // namespace

Diagnostic io_error(const fs::path& file, const Message& m, const std::string& name, int e) {
  if (const Message* reason = errno_term(e)) return make_error(file_pos(file), runtime_message(m), name, term(*reason));
  return make_error(file_pos(file), runtime_message(m), name, std::strerror(e));
}

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {}

AtomicFile::~AtomicFile() { discard(); }

std::optional<Diagnostic> AtomicFile::open() {
  fs::path dir = target_.parent_path();
  if (dir.empty()) dir = ".";
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = "." + target_.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                       std::to_string(counter++);
    temp_ = dir / name;
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd_ >= 0) return std::nullopt;
    if (errno != EEXIST) break;
  }
  int e = errno;
  temp_.clear();
  return io_error(target_, msg::kOutputCreate, dir.string(), e);
}

std::optional<Diagnostic> AtomicFile::write(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      discard();
      return io_error(target_, msg::kOutputWrite, target_.string(), e);
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return std::nullopt;
}

std::optional<ScratchFile> ScratchFile::create(const std::filesystem::path& dir, int& error) {
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // A file system without unnamed files: a named one, removed at once.
    std::string name = (dir / "vanban-XXXXXX").string();
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0) ::unlink(name.c_str());
  }
  if (fd < 0) {
    error = errno;
    return std::nullopt;
  }
  return ScratchFile(fd, 0, dir);
}

ScratchFile& ScratchFile::operator=(ScratchFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    size_ = other.size_;
    folder_ = std::move(other.folder_);
    other.fd_ = -1;
  }
  return *this;
}

ScratchFile::~ScratchFile() {
  if (fd_ >= 0) ::close(fd_);
}

bool ScratchFile::append(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
    size_ += static_cast<size_t>(n);
  }
  return true;
}

bool ScratchFile::write_at(size_t offset, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::pwrite(fd_, bytes.data(), bytes.size(), static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
    offset += static_cast<size_t>(n);
  }
  return true;
}

std::optional<Diagnostic> ScratchFile::copy_to(AtomicFile& out) const {
  char buffer[1 << 16];
  for (size_t at = 0; at < size_;) {
    ssize_t n = ::pread(fd_, buffer, std::min(sizeof buffer, size_ - at), static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int e = n < 0 ? errno : EIO;
      out.discard();
      return io_error(out.target(), msg::kOutputWrite, out.target().string(), e);
    }
    if (auto error = out.write(std::string_view(buffer, static_cast<size_t>(n)))) return error;
    at += static_cast<size_t>(n);
  }
  return std::nullopt;
}

std::optional<Diagnostic> AtomicFile::commit() {
  if (fd_ < 0) return make_error(file_pos(target_), msg::kOutputWrite, target_.string(), "closed");
  if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
    int e = errno;
    fd_ = -1;
    discard();
    return io_error(target_, msg::kOutputWrite, target_.string(), e);
  }
  fd_ = -1;
  if (::rename(temp_.c_str(), target_.c_str()) != 0) {
    int e = errno;
    discard();
    return io_error(target_, msg::kOutputRename, target_.string(), e);
  }
  committed_ = true;
  temp_.clear();
  return std::nullopt;
}

void AtomicFile::discard() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (!committed_ && !temp_.empty()) {
    ::unlink(temp_.c_str());
    temp_.clear();
  }
}

std::optional<Diagnostic> write_file_atomic(const fs::path& target, std::string_view bytes) {
  AtomicFile f(target);
  if (auto d = f.open()) return d;
  if (auto d = f.write(bytes)) return d;
  return f.commit();
}

OpenedFile open_regular_file(const fs::path& path) {
  OpenedFile f;
  // O_NONBLOCK: opening a named pipe for reading would wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    f.error = errno;
    return f;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    f.error = errno;
    ::close(fd);
    return f;
  }
  if (!S_ISREG(st.st_mode)) {
    f.not_regular = true;
    ::close(fd);
    return f;
  }
  // Back to blocking reads (a regular file never blocks, but read() keeps its usual meaning).
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags != -1) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  f.fd = fd;
  return f;
}

std::optional<std::string> read_file(const fs::path& path, Diagnostic& error, size_t max_mb) {
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec && ec.value() != ENOENT && ec.value() != ENOTDIR) {
    // A folder on the way that cannot be searched: the file may well be there.
    error = io_error(path, msg::kFileUnreadable, path.string(), ec.value());
    return std::nullopt;
  }
  if (ec || !fs::exists(st)) {
    error = make_error(file_pos(path), msg::kFileMissing, path.string());
    return std::nullopt;
  }
  if (fs::is_directory(st)) {
    error = make_error(file_pos(path), msg::kFileIsFolder, path.string());
    return std::nullopt;
  }
  OpenedFile opened = open_regular_file(path);
  if (opened.not_regular) {
    error = make_error(file_pos(path), msg::kFileNotRegular, path.string());
    return std::nullopt;
  }
  if (opened.fd < 0) {
    error = io_error(path, msg::kFileUnreadable, path.string(), opened.error);
    return std::nullopt;
  }
  const int fd = opened.fd;
  std::string text;
  // Sized once when the file tells its size (a 12 MB file grown by doubling held 16 MB).
  if (struct stat known {}; ::fstat(fd, &known) == 0 && known.st_size > 0 &&
                            (!max_mb || static_cast<size_t>(known.st_size) <= (max_mb << 20))) {
    text.reserve(static_cast<size_t>(known.st_size));
  }
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int saved = errno;
      ::close(fd);
      error = io_error(path, msg::kFileUnreadable, path.string(), saved);
      return std::nullopt;
    }
    if (n == 0) break;
    text.append(buffer, static_cast<size_t>(n));
    if (max_mb && text.size() > (max_mb << 20)) {
      // Stopped here: a file under /proc says it has 0 bytes and may go on and on.
      struct stat info {};
      const bool sized = ::fstat(fd, &info) == 0 && info.st_size > 0;
      ::close(fd);
      const size_t size_mb = sized ? (static_cast<size_t>(info.st_size) + (1 << 20) - 1) >> 20 : 0;
      error = make_error(file_pos(path), msg::kFileTooLarge, path.string(), max_mb);
      error = with_hint(std::move(error), msg::kLimitHint, "data-mb", sized ? size_mb + 1 : max_mb * 2);
      return std::nullopt;
    }
  }
  ::close(fd);
  return text;
}

}  // namespace vanban
