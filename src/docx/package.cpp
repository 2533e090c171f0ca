// Stage: docx.
#include "docx/package.hpp"

#include "core/libc_time.hpp"

#include "data/libzip_lazy.hpp"

#include <cstdio>
#include <mutex>

namespace vanban::docx {

namespace {

// 1980-01-01 00:00, the first date a zip entry can hold (MS-DOS date and time).
constexpr zip_uint16_t kDosDate = (0u << 9) | (1u << 5) | 1u;
constexpr zip_uint16_t kDosTime = 0;

std::optional<std::string> read_all(zip_source_t* src, std::string& error) {
  if (zip_source_open(src) < 0) {
    error = zip_error_strerror(zip_source_error(src));
    return std::nullopt;
  }
  std::string out;
  char buf[1 << 15];
  zip_int64_t n;
  while ((n = zip_source_read(src, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  if (n < 0) error = zip_error_strerror(zip_source_error(src));
  zip_source_close(src);
  if (n < 0) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> zip_parts(const std::vector<Part>& parts, std::string& error) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &ze);
  if (!buffer) {
    error = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    return std::nullopt;
  }
  zip_source_keep(buffer);  // kept past zip_close, to read the archive back
  zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &ze);
  if (!za) {
    error = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    zip_source_free(buffer);
    zip_source_free(buffer);
    return std::nullopt;
  }
  zip_error_fini(&ze);
  // libzip turns entry times through mktime and localtime: libc's shared time state (core/libc_time.hpp).
  std::lock_guard<std::mutex> lock(libc_time_mutex());
  auto fail = [&]() -> std::optional<std::string> {
    error = zip_strerror(za);
    zip_discard(za);
    zip_source_free(buffer);
    return std::nullopt;
  };
  for (const Part& p : parts) {
    zip_source_t* s = zip_source_buffer(za, p.bytes.data(), p.bytes.size(), 0);
    if (!s) return fail();
    const zip_int64_t idx = zip_file_add(za, p.name.c_str(), s, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(s);
      return fail();
    }
    const auto i = static_cast<zip_uint64_t>(idx);
    if (zip_file_set_dostime(za, i, kDosTime, kDosDate, 0) < 0) return fail();
    if (zip_set_file_compression(za, i, ZIP_CM_DEFLATE, 1) < 0) return fail();
  }
  if (zip_close(za) < 0) return fail();
  std::optional<std::string> bytes = read_all(buffer, error);
  zip_source_free(buffer);
  return bytes;
}

}  // namespace vanban::docx
