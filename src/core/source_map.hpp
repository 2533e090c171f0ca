// Stage: core.
// Where each stretch of generated text came from: maps offsets in expanded text back to template or data positions.
#pragma once

#include "core/source.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace vanban {

// A list of marks "from this offset of the generated text on, the text comes
// from this source position". The template evaluator records one mark per
// piece of output; the markup parser asks it where an error is.
class SourceMap {
 public:
  // Marks must be added with non-decreasing offsets.
  void mark(size_t offset, SourcePos pos) {
    if (!marks_.empty() && marks_.back().first == offset) {
      marks_.back().second = std::move(pos);
    } else {
      marks_.emplace_back(offset, std::move(pos));
    }
  }

  // The position of the text at `offset` (unknown before the first mark).
  SourcePos at(size_t offset) const {
    auto it = std::upper_bound(marks_.begin(), marks_.end(), offset,
                               [](size_t o, const auto& m) { return o < m.first; });
    if (it == marks_.begin()) return {};
    return std::prev(it)->second;
  }

  bool empty() const { return marks_.empty(); }

 private:
  std::vector<std::pair<size_t, SourcePos>> marks_;
};

}  // namespace vanban
