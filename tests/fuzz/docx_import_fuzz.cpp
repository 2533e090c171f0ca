// Fuzz target: the DOCX importer (zip package, XML parts, numbering, tables, legacy fonts) on arbitrary bytes.
// Input starting `PK` is the .docx itself; anything else is the XML of its parts, separated by NUL bytes
// (document.xml, numbering.xml, footnotes.xml, styles.xml), packed into a zip here, so that mutations reach
// the XML readers instead of failing the zip's checksums.
#include "docx/import.hpp"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string pack(std::string_view xml) {
  static const char* kParts[] = {"word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/styles.xml"};
  std::vector<std::string_view> pieces;
  for (size_t start = 0; pieces.size() < 4;) {
    size_t nul = xml.find('\0', start);
    pieces.push_back(xml.substr(start, nul == std::string_view::npos ? std::string_view::npos : nul - start));
    if (nul == std::string_view::npos) break;
    start = nul + 1;
  }
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!src) return {};
  zip_source_keep(src);
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!z) {
    zip_source_free(src);
    return {};
  }
  for (size_t i = 0; i < pieces.size(); ++i) {
    zip_source_t* s = zip_source_buffer(z, pieces[i].data(), pieces[i].size(), 0);
    if (s && zip_file_add(z, kParts[i], s, 0) < 0) zip_source_free(s);
  }
  std::string out;
  if (zip_close(z) == 0 && zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    auto size = static_cast<size_t>(zip_source_tell(src));
    zip_source_seek(src, 0, SEEK_SET);
    out.resize(size);
    zip_source_read(src, out.data(), size);
    zip_source_close(src);
  } else {
    zip_discard(z);
  }
  zip_source_free(src);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string packed;
  if (bytes.substr(0, 2) != "PK") {
    packed = pack(bytes);
    bytes = packed;
  }
  vanban::Diagnostics diags;
  vanban::docx::ImportOptions options;
  options.max_unpacked = 8u << 20;
  options.types = {{"thong-bao", "THÔNG BÁO", "nd30", "titled", "dong_ky", ""},
                   {"quyet-dinh", "QUYẾT ĐỊNH", "nd30", "quyet-dinh", "dong_ky", ""},
                   {"cong-van", "CÔNG VĂN", "nd30", "cong-van", "dong_ky", ""},
                   {"bao-cao", "BÁO CÁO", "nd30", "titled", "dong_ky", ""}};
  options.accept_changes = size % 2 == 0;
  auto file = std::make_shared<const std::string>("fuzz.docx");
  (void)vanban::docx::import_docx(bytes, file, options, diags);
  return 0;
}
