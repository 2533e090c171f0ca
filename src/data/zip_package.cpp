// Stage: data.
#include "data/zip_package.hpp"

#include "core/libc_time.hpp"

#include "data/libzip_lazy.hpp"

#include <mutex>

namespace vanban::data {

void ZipPackage::Closer::operator()(zip_t* z) const { zip_discard(z); }

std::optional<ZipPackage> ZipPackage::open(std::string_view bytes, size_t max_unpacked) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (!src) return std::nullopt;
  // libzip converts entry times with localtime/tzset: not thread-safe.
  std::unique_lock<std::mutex> open_lock(libc_time_mutex());
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &zerr);
  open_lock.unlock();
  if (!z) {
    zip_source_free(src);
    return std::nullopt;
  }
  ZipPackage p;
  p.zip_.reset(z);
  p.budget_ = max_unpacked;
  return p;
}

bool ZipPackage::has(const std::string& name) const {
  std::lock_guard<std::mutex> lock(libc_time_mutex());
  return zip_name_locate(zip_.get(), name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipPackage::read(const std::string& name) {
  std::lock_guard<std::mutex> lock(libc_time_mutex());
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return std::nullopt;
  if (st.size > budget_) {
    too_big_ = true;
    return std::nullopt;
  }
  budget_ -= st.size;
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(zip_.get(), name.c_str(), 0),
                                                      [](zip_file_t* file) { return zip_fclose(file); });
  if (!f) return std::nullopt;
  std::string out(st.size, '\0');
  zip_int64_t got = zip_fread(f.get(), out.data(), st.size);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) return std::nullopt;
  return out;
}

}  // namespace vanban::data
