// Stage: core.
// A position in a source file (data, template or document), 1-based line and column.
#pragma once

#include <memory>
#include <string>

namespace vanban {

// Columns count Unicode code points, not bytes, so that an editor's cursor
// position matches what we print.
struct SourcePos {
  std::shared_ptr<const std::string> file;  // null when the value was computed
  int line = 0;
  int column = 0;

  bool known() const { return file != nullptr; }
  const std::string& file_name() const;
};

inline SourcePos make_pos(std::shared_ptr<const std::string> file, int line, int column) {
  return SourcePos{std::move(file), line, column};
}

}  // namespace vanban
