// Stage: core.
// One lock for the libraries that call libc's non-reentrant time functions.
#pragma once

#include <mutex>

namespace vanban {

// libxlsxwriter (gmtime for the workbook's created date) and libzip (localtime/tzset for
// entry times) all use libc's shared time state; ThreadSanitizer saw them
// race in `vanban batch`. Callers hold this lock around those calls only.
inline std::mutex& libc_time_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace vanban
