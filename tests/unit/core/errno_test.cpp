// The system's reason in an I/O message (a full disk, a read-only disk, too
// many open files …) is said in the reader's language, not in the C library's.
#include "core/atomic_file.hpp"
#include "core/messages.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <string>
#include <utility>

using namespace vanban;

TEST_CASE("an I/O error names the system's reason in Vietnamese and in English", "[io][messages]") {
  const std::pair<int, const Message*> reasons[] = {
      {EACCES, &msg::kErrnoEACCES},   {EPERM, &msg::kErrnoEPERM},
      {ENOSPC, &msg::kErrnoENOSPC},   {EDQUOT, &msg::kErrnoEDQUOT},
      {EFBIG, &msg::kErrnoEFBIG},     {EROFS, &msg::kErrnoEROFS},
      {EIO, &msg::kErrnoEIO},         {ENOENT, &msg::kErrnoENOENT},
      {ENOTDIR, &msg::kErrnoENOTDIR}, {EISDIR, &msg::kErrnoEISDIR},
      {EMFILE, &msg::kErrnoEMFILE},   {ENFILE, &msg::kErrnoENFILE},
      {ENAMETOOLONG, &msg::kErrnoENAMETOOLONG},
  };
  for (const auto& [e, reason] : reasons) {
    INFO(e);
    const Diagnostic d = io_error("bao-cao.pdf", msg::kOutputWrite, "bao-cao.pdf", e);
    for (Lang lang : {Lang::vi, Lang::en}) {
      CHECK(d.text(lang) ==
            fmt::format(fmt::runtime(translate(msg::kOutputWrite, lang)), "bao-cao.pdf", translate(*reason, lang)));
    }
    CHECK(translate(*reason, Lang::en) != translate(*reason, Lang::vi));
  }
}
