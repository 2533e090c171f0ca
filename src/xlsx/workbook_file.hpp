// Stage: xlsx.
// libxlsxwriter writes only to a file name: a private temporary file, closed and read back as bytes, then removed.
#pragma once

#include "core/diagnostic.hpp"
#include "xlsx/xlsxwriter_lazy.hpp"

#include <optional>
#include <string>

namespace vanban::xlsx {

// A private temporary file in `dir` (the caller's scratch folder, e.g. $TMPDIR read by the CLI)
// removed when this goes out of scope.
class TempWorkbookFile {
 public:
  explicit TempWorkbookFile(const std::string& dir);  // path() is empty when the file could not be made (then error())
  ~TempWorkbookFile();
  TempWorkbookFile(const TempWorkbookFile&) = delete;
  TempWorkbookFile& operator=(const TempWorkbookFile&) = delete;
  const std::string& path() const { return path_; }
  const std::string& folder() const { return folder_; }
  // Why path() is empty: the problem, in the reader's language (`io.xlsx_scratch`, naming the folder).
  Diagnostic error() const;

 private:
  std::string path_, folder_;
  int errno_ = 0;
};

// Closes `wb`, writing its file (under the libc time lock: libxlsxwriter
// calls gmtime); on failure false, the problem in `diags` (a full scratch
// folder as `io.xlsx_scratch_write`, naming it).
bool close_workbook(lxw_workbook* wb, const TempWorkbookFile& file, Diagnostics& diags);
// The closed workbook's bytes; on failure nullopt and `error` says why.
std::optional<std::string> read_workbook(const TempWorkbookFile& file, std::string& error);

}  // namespace vanban::xlsx
