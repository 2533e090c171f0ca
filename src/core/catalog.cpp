// Stage: core.
// The English catalog (po/en.po, compiled by msgfmt at build time and embedded
// in the binary) read through Boost.Locale's gettext loader.
#include "core/diagnostic.hpp"

#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

#include <locale>

// Generated at build time from po/en.po (cmake/embed.cmake).
extern const unsigned char vanban_catalog_en[];
extern const unsigned long vanban_catalog_en_size;

namespace vanban {
namespace {

using Catalog = boost::locale::message_format<char>;

// Boost.Locale looks for PATH/en/LC_MESSAGES/vanban.mo; this callback answers
// from the embedded bytes, so an installed binary needs no file beside it.
// GCC 12 warns about std::string inside Boost's messages_info (a false
// positive in libstdc++'s char_traits, as GCC bug 105651).
#pragma GCC diagnostic push
#if !defined(__clang__)  // clang has no such warning, and refuses to ignore one it does not know
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
std::locale load_english() {
  boost::locale::gnu_gettext::messages_info info;
  info.language = "en";
  info.encoding = "UTF-8";
  info.domains.emplace_back("vanban");
  info.paths.emplace_back("embedded");
  info.callback = [](const std::string& file, const std::string&) {
    std::vector<char> bytes;
    if (file == "embedded/en/LC_MESSAGES/vanban.mo") {
      const auto* p = reinterpret_cast<const char*>(vanban_catalog_en);
      bytes.assign(p, p + vanban_catalog_en_size);
    }
    return bytes;
  };
  // A facet is owned by the std::locale that holds it.
  return std::locale(std::locale::classic(), boost::locale::gnu_gettext::create_messages_facet<char>(info));
}
#pragma GCC diagnostic pop

// Read-only after its first use (a thread-safe static), like the tables it translates.
const Catalog& english() {
  static const std::locale catalog = load_english();
  return std::use_facet<Catalog>(catalog);
}

}  // namespace

std::string_view translate(const Message& m, Lang lang) {
  if (lang == Lang::vi) return m.vi;
  const std::string context(m.id), id(m.vi);
  if (const char* t = english().get(0, context.c_str(), id.c_str()); t && *t) return t;
  if (!m.en.empty()) return m.en;  // not yet moved into po/en.po
  return m.vi;
}

}  // namespace vanban
