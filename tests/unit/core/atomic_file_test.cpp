// Tests for core/atomic_file and diagnostics formatting.
#include "core/atomic_file.hpp"
#include "core/diagnostic.hpp"
#include "core/utf8.hpp"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <csignal>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace vanban;

namespace {
fs::path fresh_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("vanban-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
size_t count_files(const fs::path& d) {
  size_t n = 0;
  for (auto& e : fs::directory_iterator(d)) {
    (void)e;
    ++n;
  }
  return n;
}
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("atomic write creates the file only when complete") {
  auto d = fresh_dir("atomic");
  auto target = d / "bao-cao.pdf";
  REQUIRE_FALSE(write_file_atomic(target, "mới"));
  CHECK(slurp(target) == "mới");
  CHECK(count_files(d) == 1);  // no temporary left behind
}

TEST_CASE("an uncommitted atomic file leaves nothing and keeps the old file") {
  auto d = fresh_dir("discard");
  auto target = d / "x.pdf";
  REQUIRE_FALSE(write_file_atomic(target, "cũ"));
  {
    AtomicFile f(target);
    REQUIRE_FALSE(f.open());
    REQUIRE_FALSE(f.write("half"));
    CHECK(fs::exists(f.temp_path()));
  }
  CHECK(slurp(target) == "cũ");
  CHECK(count_files(d) == 1);
}

TEST_CASE("a read-only folder gives a diagnostic and no file") {
  if (::geteuid() == 0) {
    // root ignores permissions; use a path whose parent does not exist instead
    auto d = fresh_dir("ro");
    auto err = write_file_atomic(d / "missing-folder" / "x.pdf", "x");
    REQUIRE(err);
    CHECK(err->text(Lang::vi).find("không tạo được tệp tạm") != std::string::npos);
    CHECK_FALSE(fs::exists(d / "missing-folder"));
    return;
  }
  auto d = fresh_dir("ro2");
  fs::permissions(d, fs::perms::owner_read | fs::perms::owner_exec);
  auto err = write_file_atomic(d / "x.pdf", "x");
  fs::permissions(d, fs::perms::owner_all);
  REQUIRE(err);
  CHECK(count_files(d) == 0);
}

TEST_CASE("disk full (RLIMIT_FSIZE) leaves no partial file") {
  auto d = fresh_dir("full");
  auto target = d / "big.pdf";
  REQUIRE_FALSE(write_file_atomic(target, "old"));
  struct rlimit old {};
  getrlimit(RLIMIT_FSIZE, &old);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit lim = old;
  lim.rlim_cur = 1000;
  setrlimit(RLIMIT_FSIZE, &lim);
  auto err = write_file_atomic(target, std::string(5000, 'x'));
  setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, old_handler);
  REQUIRE(err);
  CHECK(err->id == "io.write");
  CHECK(slurp(target) == "old");
  CHECK(count_files(d) == 1);
}

TEST_CASE("read_file distinguishes missing files and folders") {
  auto d = fresh_dir("read");
  Diagnostic e;
  CHECK_FALSE(read_file(d / "nope.yaml", e));
  CHECK(e.format(Lang::vi) == (d / "nope.yaml").string() + ": lỗi: không tìm thấy tệp `" +
                                  (d / "nope.yaml").string() + "`");
  CHECK_FALSE(read_file(d, e));
  CHECK(e.id == "io.is_folder");
}

TEST_CASE("read_file opens only regular files: a named pipe is refused at once, not waited on") {
  auto d = fresh_dir("fifo");
  REQUIRE(::mkfifo((d / "ong.yaml").c_str(), 0600) == 0);
  Diagnostic e;
  CHECK_FALSE(read_file(d / "ong.yaml", e));  // blocked for ever, waiting for a writer
  CHECK(e.id == "io.not_regular");
  CHECK(open_regular_file(d / "ong.yaml").not_regular);
  CHECK(open_regular_file("/dev/null").not_regular);
  const OpenedFile missing = open_regular_file(d / "nope.yaml");
  CHECK(missing.fd == -1);
  CHECK(missing.error == ENOENT);
  fs::remove_all(d);
}

TEST_CASE("messages show control characters and bytes that are not UTF-8 as escapes") {
  CHECK(escape_controls("Hà Tĩnh, 28/3/2023") == "Hà Tĩnh, 28/3/2023");
  CHECK(escape_controls("\x1b[31mđỏ\a") == "\\x1B[31mđỏ\\x07");
  CHECK(escape_controls("a\nb\tc\rd\x7f") == "a\\nb\\tc\\rd\\x7F");
  CHECK(escape_controls("\xc2\x9b" "2J") == "\\u009B2J");       // C1 CSI, in UTF-8
  CHECK(escape_controls("Th\xab" "ng") == "Th\\xABng");          // TCVN3, not UTF-8
  CHECK(escape_controls("\xef\xbf\xbd") == "\xef\xbf\xbd");   // U+FFFD itself is text
  static constexpr Message m{"t.v", "`ngay` là `{}`", "`ngay` is `{}`"};
  auto d = make_error(make_pos(std::make_shared<const std::string>("a\x1b.yaml"), 1, 1), m, "\x1b]0;x\x07");
  d = with_hint(d, m, "\n");
  CHECK(d.format(Lang::vi) == "a\\x1B.yaml:1:1: lỗi: `ngay` là `\\x1B]0;x\\x07`\n  gợi ý: `ngay` là `\\n`");
}

TEST_CASE("diagnostics print FILE:LINE:COL in Vietnamese or English") {
  static constexpr Message m{"t.x", "thiếu trường `{}`", "missing field `{}`"};
  auto d = make_error(make_pos(std::make_shared<const std::string>("a.yaml"), 3, 7), m, "ngay");
  CHECK(d.format(Lang::vi) == "a.yaml:3:7: lỗi: thiếu trường `ngay`");
  CHECK(d.format(Lang::en) == "a.yaml:3:7: error: missing field `ngay`");
  static constexpr Message h{"t.h", "có phải `{}`?", "did you mean `{}`?"};
  d = with_hint(d, h, "percent");
  CHECK(d.format(Lang::en) == "a.yaml:3:7: error: missing field `ngay`\n  hint: did you mean `percent`?");
  CHECK(closest_match("percnt", {"number", "percent", "ratio"}) == "percent");
  CHECK(closest_match("zzzzzz", {"number", "percent"}).empty());
}

TEST_CASE("utf8 validation reports the line and column of the bad byte") {
  auto bad = utf8::find_invalid("a: ổn\nb: x\xC3(");
  REQUIRE(bad);
  CHECK(bad->line == 2);
  CHECK(bad->column == 5);
  CHECK_FALSE(utf8::find_invalid("Hà Tĩnh"));
  CHECK_FALSE(utf8::find_invalid("\xED\xA0\x80") == std::nullopt);  // surrogate is invalid
  CHECK(utf8::length("Đức Thọ") == 7);
}
