// Stage: serve.
// The page's files (src/serve/web), embedded in the binary at build time (embed_web.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace vanban::serve {

struct WebAsset {
  std::string_view name;   // `index.html`, `app.js`, …
  std::string_view bytes;
};

const std::vector<WebAsset>& web_assets();

}  // namespace vanban::serve
