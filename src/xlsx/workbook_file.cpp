// Stage: xlsx.
#include "xlsx/workbook_file.hpp"

#include "core/libc_time.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>

namespace vanban::xlsx {

TempWorkbookFile::TempWorkbookFile(const std::string& dir) {
  std::string path = (dir.empty() ? std::string("/tmp") : dir) + "/vanban-xlsx-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) {
    error_ = std::strerror(errno);
    return;
  }
  close(fd);
  path_ = std::move(path);
}

TempWorkbookFile::~TempWorkbookFile() {
  if (!path_.empty()) unlink(path_.c_str());
}

std::optional<std::string> close_and_read(lxw_workbook* wb, const TempWorkbookFile& file, std::string& error) {
  lxw_error e;
  {
    // Writing the package calls gmtime (docProps/core.xml): not thread-safe.
    std::lock_guard<std::mutex> lock(libc_time_mutex());
    e = workbook_close(wb);
  }
  if (e != LXW_NO_ERROR) {
    error = lxw_strerror(e);
    return std::nullopt;
  }
  std::ifstream in(file.path(), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in.good() && !in.eof()) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  return bytes.str();
}

}  // namespace vanban::xlsx
