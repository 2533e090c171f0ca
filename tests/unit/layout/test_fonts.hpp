// The fonts the layout tests measure with: fonts/fonts.yaml (Liberation Serif 2), loaded once.
#pragma once

#include "layout/fonts.hpp"

#include <filesystem>
#include <stdexcept>

namespace vanban::layout::testing {

inline const FontSet& fonts() {
  static const FontSet set = [] {
    Diagnostics diags;
    auto f = FontSet::load(std::filesystem::path(VANBAN_SOURCE_DIR) / "fonts/fonts.yaml", diags);
    if (!f) throw std::runtime_error("fonts-liberation2 is not installed (scripts/setup.sh installs it)");
    return *f;
  }();
  return set;
}

}  // namespace vanban::layout::testing
