// Stage: layout.
#include "layout/fonts.hpp"

#include "core/utf8.hpp"
#include "data/load.hpp"
#include "layout/messages.hpp"

#include <algorithm>
#include <atomic>
#include <memory>

namespace vanban::layout {
namespace {

constexpr std::array<std::string_view, 4> kStyleKeys = {"regular", "bold", "italic", "bold_italic"};
constexpr std::array<const Message*, 4> kStyleTerms = {&msg::kStyleRegular, &msg::kStyleBold, &msg::kStyleItalic,
                                                       &msg::kStyleBoldItalic};

// Maps a font file and reads its tables; widths are looked up through its
// cmap and hmtx when measured. False when it is not a TrueType font (`why`
// says what is wrong).
bool read_face(const std::filesystem::path& path, Face& face, std::string& why) {
  auto font = TrueType::parse_file(path, why);
  if (!font) return false;
  face.path = path;
  face.units_per_em = font->units_per_em;
  face.ascender = font->ascender;
  face.descender = font->descender;
  face.font = std::make_shared<const TrueType>(std::move(*font));
  return true;
}

std::filesystem::path expand_folder(const std::string& folder, const std::filesystem::path& base,
                                    const std::filesystem::path& home) {
  if (folder == "~" || folder.rfind("~/", 0) == 0) {
    if (home.empty()) return {};
    return home / folder.substr(folder.size() > 1 ? 2 : 1);
  }
  std::filesystem::path p(folder);
  return p.is_absolute() ? p : base / p;
}

}  // namespace

std::filesystem::path default_fonts_file() {
  return std::filesystem::path(VANBAN_SOURCE_FONTS) / "fonts.yaml";
}

std::optional<FontSet> FontSet::from_files(std::string family, const std::array<std::filesystem::path, 4>& files,
                                           Diagnostics& diags) {
  static std::atomic<uint64_t> last_id{0};
  FontSet set;
  set.id_ = ++last_id;
  set.family_ = std::move(family);
  bool ok = true;
  for (size_t i = 0; i < files.size(); ++i) {
    std::string why;
    if (!read_face(files[i], set.faces_[i], why)) {
      // One file named for two styles is told once.
      if (std::find(files.begin(), files.begin() + static_cast<std::ptrdiff_t>(i), files[i]) == files.begin() + static_cast<std::ptrdiff_t>(i)) {
        diags.add(make_error({}, msg::kFontUnreadable, files[i].string()));
      }
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return set;
}

std::optional<FontSet> FontSet::load(const std::filesystem::path& fonts_yaml, Diagnostics& diags,
                                    const std::filesystem::path& home) {
  auto config = data::load_file(fonts_yaml, diags);
  if (!config) return std::nullopt;
  // What is wrong, in both languages (English under --lang en).
  auto bad = [&](const data::Value* at, std::string what_vi, std::string what_en) {
    diags.add(make_error(at ? at->pos() : config->pos(), msg::kFontsFileBad, Phrase{std::move(what_vi), std::move(what_en)}));
    return std::nullopt;
  };
  const data::Value* family = config->find("family");
  if (!family || !family->is_string()) return bad(family, "thiếu `family` (tên họ phông)", "`family` (the font's family name) is missing");
  const data::Value* files = config->find("files");
  if (!files || !files->is_map()) return bad(files, "thiếu `files` với regular, bold, italic, bold_italic",
                                                 "`files` with regular, bold, italic, bold_italic is missing");
  const std::filesystem::path base = fonts_yaml.parent_path();
  std::vector<std::filesystem::path> folders;
  if (const data::Value* search = config->find("search")) {
    if (!search->is_list()) return bad(search, "`search` phải là danh sách thư mục", "`search` must be a list of folders");
    for (const data::Value& f : search->as_list()) {
      if (!f.is_string()) return bad(&f, "mỗi mục của `search` là một thư mục", "each item of `search` is a folder");
      folders.push_back(expand_folder(f.as_string(), base, home));
    }
  }
  if (folders.empty()) folders.push_back(base);

  std::array<std::filesystem::path, 4> paths;
  bool ok = true;
  for (size_t i = 0; i < kStyleKeys.size(); ++i) {
    const data::Value* name = files->find(kStyleKeys[i]);
    if (!name || !name->is_string() || name->as_string().empty()) {
      bad(name ? name : files, fmt::format("thiếu `files.{}`", kStyleKeys[i]), fmt::format("`files.{}` is missing", kStyleKeys[i]));
      ok = false;
      continue;
    }
    std::filesystem::path file(name->as_string());
    if (file.is_absolute()) {
      if (std::filesystem::is_regular_file(file)) paths[i] = file;
    } else {
      for (const auto& folder : folders) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(folder / file, ec)) {
          paths[i] = folder / file;
          break;
        }
      }
    }
    if (paths[i].empty()) {
      std::string where;
      for (const auto& folder : folders) where += (where.empty() ? "" : ", ") + folder.string();
      Diagnostic d = make_error(name->pos(), msg::kFontMissing, file.string(), term(*kStyleTerms[i]), where);
      diags.add(with_hint(std::move(d), msg::kFontMissingHint));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return from_files(family->as_string(), paths, diags);
}

bool FontSet::has_glyph(char32_t c, FontStyle style) const {
  return face(style).font->glyph(c) != 0;
}

double FontSet::width(std::string_view utf8, FontStyle style, double size) const {
  const Face& f = face(style);
  long units = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = utf8::decode(utf8, i);
    const uint16_t gid = f.font->glyph(c);
    if (gid != 0) units += f.font->advance(gid);
  }
  return static_cast<double>(units) * size / f.units_per_em;
}

double FontSet::ascent(FontStyle style, double size) const {
  const Face& f = face(style);
  return static_cast<double>(f.ascender) * size / f.units_per_em;
}

double FontSet::descent(FontStyle style, double size) const {
  const Face& f = face(style);
  return -static_cast<double>(f.descender) * size / f.units_per_em;
}

std::optional<char32_t> first_missing_glyph(const FontSet& fonts, std::string_view text, FontStyle style) {
  for (size_t i = 0; i < text.size();) {
    char32_t c = utf8::decode(text, i);
    if (c == '\n' || c == '\t') continue;
    if (!fonts.has_glyph(c, style)) return c;
  }
  return std::nullopt;
}

}  // namespace vanban::layout
