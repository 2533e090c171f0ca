// Stage: data.
// An OOXML package (.xlsx, .docx) read from memory: libzip opens it, parts are read within an unpacked-size budget.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace vanban::data {

class ZipPackage {
 public:
  // nullopt when `bytes` is not a zip archive. `bytes` must outlive the package.
  // Every part read counts against `max_unpacked` (zip bombs).
  static std::optional<ZipPackage> open(std::string_view bytes, size_t max_unpacked);

  // The part's bytes; nullopt when it is absent, unreadable, or would pass the
  // budget (then too_big() is true).
  std::optional<std::string> read(const std::string& name);
  bool has(const std::string& name) const;
  bool too_big() const { return too_big_; }

 private:
  struct Closer {
    void operator()(struct zip* z) const;
  };
  std::unique_ptr<struct zip, Closer> zip_;
  size_t budget_ = 0;
  bool too_big_ = false;
};

}  // namespace vanban::data
