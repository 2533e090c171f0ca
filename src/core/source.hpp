// Stage: core.
// A position in a source file (data, template or document), 1-based line and column.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace vanban {

// A file's name as positions carry it: an index into a process-wide table of
// the names seen (never emptied; a run reads a few hundred files at most),
// 4 bytes and no reference count — a 100,000-row data tree holds over a
// million positions. Made from the shared name the readers hold; the same
// name always gives the same FileRef.
class FileRef {
 public:
  FileRef() = default;
  FileRef(std::nullptr_t) {}  // NOLINT: as a null pointer
  FileRef(const std::shared_ptr<const std::string>& name);  // NOLINT: interns
  FileRef(const std::shared_ptr<std::string>& name)          // NOLINT
      : FileRef(std::shared_ptr<const std::string>(name)) {}

  explicit operator bool() const { return id_ != 0; }
  const std::string& operator*() const;
  const std::string* operator->() const { return &**this; }
  // The name as the readers hold it; null for none.
  std::shared_ptr<const std::string> shared() const;

  friend bool operator==(FileRef a, FileRef b) { return a.id_ == b.id_; }
  friend bool operator!=(FileRef a, FileRef b) { return a.id_ != b.id_; }
  friend bool operator==(FileRef a, std::nullptr_t) { return a.id_ == 0; }
  friend bool operator!=(FileRef a, std::nullptr_t) { return a.id_ != 0; }

 private:
  uint32_t id_ = 0;
};

// Columns count Unicode code points, not bytes, so that an editor's cursor
// position matches what we print.
struct SourcePos {
  FileRef file;  // none when the value was computed
  int line = 0;
  int column = 0;

  bool known() const { return file != nullptr; }
  const std::string& file_name() const;
};

inline SourcePos make_pos(const std::shared_ptr<const std::string>& file, int line, int column) {
  return SourcePos{FileRef(file), line, column};
}

}  // namespace vanban
