// Stage: docx.
// An OPC package (the zip of a .docx) in memory: parts in the order given, deflated, every entry dated 1980-01-01.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace vanban::docx {

struct Part {
  std::string name;   // "word/document.xml"
  std::string bytes;
};

// The zip of `parts` (libzip, in memory). Fixed timestamps and the parts'
// order make the same parts give the same bytes. nullopt on failure, with
// libzip's reason in `error`.
std::optional<std::string> zip_parts(const std::vector<Part>& parts, std::string& error);

}  // namespace vanban::docx
