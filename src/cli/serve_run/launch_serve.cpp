// Stage: cli.
// `vanban serve` in the `vanban` executable: the same command line is handed to
// `vanban-serve`, installed beside it, which links the HTTP server (cpp-httplib,
// and through it OpenSSL, zlib and Brotli). `vanban` itself does not: a render
// does not load and initialise those libraries at every start.
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "core/atomic_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

namespace vanban::cli {

int run_serve(const Options& opts, const ServeSettings&) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  const std::filesystem::path program = (ec ? std::filesystem::path("vanban") : self).parent_path() / "vanban-serve";
  char** argv = command_line();
  if (argv && argv[0]) {
    std::string first = program.string();
    argv[0] = first.data();  // the server names itself by its own path
    ::execv(program.c_str(), argv);
  }
  const int e = argv ? errno : ENOEXEC;
  Diagnostics diags;
  diags.add(with_hint(io_error(program, msg::kServeMissing, program.string(), e), msg::kServeMissingHint));
  report(diags, opts.lang);
  return static_cast<int>(ExitCode::io);
}

}  // namespace vanban::cli
