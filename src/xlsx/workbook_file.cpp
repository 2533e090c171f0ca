// Stage: xlsx.
#include "xlsx/workbook_file.hpp"

#include "core/atomic_file.hpp"
#include "core/libc_time.hpp"
#include "xlsx/messages.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>

namespace vanban::xlsx {

TempWorkbookFile::TempWorkbookFile(const std::string& dir) : folder_(dir.empty() ? std::string("/tmp") : dir) {
  std::string path = folder_ + "/vanban-xlsx-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) {
    errno_ = errno;
    return;
  }
  close(fd);
  path_ = std::move(path);
}

Diagnostic TempWorkbookFile::error() const {
  Diagnostic d = io_error(folder_, msg::kXlsxScratch, folder_, errno_);
  d.pos = {};  // the folder is named in the text
  return with_hint(std::move(d), msg::kXlsxScratchHint);
}

TempWorkbookFile::~TempWorkbookFile() {
  if (!path_.empty()) unlink(path_.c_str());
}

bool close_workbook(lxw_workbook* wb, const TempWorkbookFile& file, Diagnostics& diags) {
  lxw_error e;
  int system_error = 0;
  {
    // Writing the package calls gmtime (docProps/core.xml): not thread-safe.
    std::lock_guard<std::mutex> lock(libc_time_mutex());
    errno = 0;
    e = workbook_close(wb);
    system_error = errno;
  }
  if (e == LXW_NO_ERROR) return true;
  if (system_error != 0) {
    // A full disk or a file-size limit where the workbook is assembled.
    Diagnostic d = io_error(file.folder(), msg::kXlsxScratchWrite, file.folder(), system_error);
    d.pos = {};
    diags.add(with_hint(std::move(d), msg::kXlsxScratchHint));
  } else {
    diags.add(make_error({}, msg::kXlsxFailed, lxw_strerror(e)));
  }
  return false;
}

std::optional<std::string> read_workbook(const TempWorkbookFile& file, std::string& error) {
  // Read into a string of the file's size: a stream copied out would hold
  // the workbook three times over at its peak.
  std::FILE* in = std::fopen(file.path().c_str(), "rb");
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes;
  struct stat info {};
  if (::fstat(::fileno(in), &info) == 0 && info.st_size > 0) bytes.reserve(static_cast<size_t>(info.st_size));
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) bytes.append(buffer, n);
  const bool failed = std::ferror(in) != 0;
  const int saved = errno;
  std::fclose(in);
  if (failed) {
    error = std::strerror(saved);
    return std::nullopt;
  }
  return bytes;
}

}  // namespace vanban::xlsx
