// Stage: layout.
// TrueType tables by the OpenType specification (https://learn.microsoft.com/typography/opentype/spec/).
// Every read is bounds-checked: a damaged font is refused, never read past its end.
#include "layout/truetype.hpp"

#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <set>

namespace vanban::layout {
namespace {

struct Reader {
  std::string_view s;
  bool ok = true;
  uint32_t u8(size_t at) {
    if (at >= s.size()) return fail();
    return static_cast<unsigned char>(s[at]);
  }
  uint32_t u16(size_t at) {
    if (at + 2 > s.size() || at + 2 < at) return fail();
    return (uint32_t(static_cast<unsigned char>(s[at])) << 8) | static_cast<unsigned char>(s[at + 1]);
  }
  int32_t i16(size_t at) { return static_cast<int16_t>(static_cast<uint16_t>(u16(at))); }
  uint32_t u32(size_t at) { return (u16(at) << 16) | u16(at + 2); }
  uint32_t fail() {
    ok = false;
    return 0;
  }
};

void put16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>((v >> 8) & 0xff));
  out.push_back(static_cast<char>(v & 0xff));
}
void put32(std::string& out, uint32_t v) {
  put16(out, v >> 16);
  put16(out, v & 0xffff);
}
void set32(std::string& out, size_t at, uint32_t v) {
  for (size_t i = 0; i < 4; ++i) out[at + i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
}
void set16(std::string& out, size_t at, uint32_t v) {
  out[at] = static_cast<char>((v >> 8) & 0xff);
  out[at + 1] = static_cast<char>(v & 0xff);
}

uint32_t checksum(std::string_view t) {
  uint32_t sum = 0;
  for (size_t i = 0; i < t.size(); i += 4) {
    uint32_t word = 0;
    for (size_t k = 0; k < 4; ++k) word = (word << 8) | (i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0);
    sum += word;
  }
  return sum;
}

// A PostScript name keeps to printable ASCII without PDF delimiters.
std::string clean_name(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    if (c > 32 && c < 127 && std::string_view("[](){}<>/%#").find(c) == std::string_view::npos) out += c;
  }
  return out;
}

}  // namespace

std::string_view TrueType::table(const char* tag) const {
  auto it = tables_.find(tag);
  if (it == tables_.end()) return {};
  return bytes_.substr(it->second.offset, it->second.length);
}

int TrueType::advance(uint16_t gid) const {
  if (advances_.empty()) return 0;
  return gid < advances_.size() ? advances_[gid] : advances_.back();
}

std::pair<uint32_t, uint32_t> TrueType::glyph_extent(uint16_t gid) const {
  Reader loca{view(loca_)};
  uint32_t a = long_loca_ ? loca.u32(gid * 4u) : loca.u16(gid * 2u) * 2u;
  uint32_t b = long_loca_ ? loca.u32(gid * 4u + 4) : loca.u16(gid * 2u + 2) * 2u;
  const uint32_t glyf_size = glyf_.length;
  if (!loca.ok || b < a || b > glyf_size) return {0, 0};
  return {a, b - a};
}

std::optional<TrueType> TrueType::parse(std::string bytes, std::string& error) {
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  const std::string_view view(*owned);
  return parse_bytes(std::move(owned), view, error);
}

std::optional<TrueType> TrueType::parse_file(const std::filesystem::path& path, std::string& error) {
  const OpenedFile opened = open_regular_file(path);
  if (opened.fd < 0) {
    error = opened.not_regular ? "not a regular file" : "cannot open";
    return std::nullopt;
  }
  const int fd = opened.fd;
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    error = "cannot open";
    return std::nullopt;
  }
  const size_t size = static_cast<size_t>(st.st_size);
  if (size == 0) {
    ::close(fd);
    error = "empty file";
    return std::nullopt;
  }
  void* at = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (at == MAP_FAILED) {
    error = "cannot map";
    return std::nullopt;
  }
  // The mapping lives as long as the font (shared by every copy of it).
  std::shared_ptr<const void> owner(at, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
  return parse_bytes(std::move(owner), std::string_view(static_cast<const char*>(at), size), error);
}

void TrueType::map(uint32_t code, uint32_t gid) {
  if (gid == 0 || gid >= uint32_t(glyph_count_) || code > 0x10FFFF) return;
  if (code < kDirect) {
    if (direct_[code] != 0) return;  // the first mapping wins
    direct_[code] = uint16_t(gid);
  } else {
    high_.emplace_back(code, uint16_t(gid));
  }
  ++mapped_;
}

std::optional<TrueType> TrueType::parse_bytes(std::shared_ptr<const void> owner, std::string_view bytes,
                                              std::string& error) {
  TrueType f;
  f.owner_ = std::move(owner);
  f.bytes_ = bytes;
  Reader r{f.bytes_};
  const uint32_t version = r.u32(0);
  if (version == 0x4F54544F) {  // 'OTTO'
    error = "CFF outlines (.otf) are not supported; use the TrueType (.ttf) file";
    return std::nullopt;
  }
  if (version == 0x74746366) {  // 'ttcf'
    error = "font collections (.ttc) are not supported; use a single .ttf file";
    return std::nullopt;
  }
  if (version != 0x00010000 && version != 0x74727565) {  // 1.0 or 'true'
    error = "not a TrueType font";
    return std::nullopt;
  }
  const uint32_t count = r.u16(4);
  for (uint32_t i = 0; i < count; ++i) {
    const size_t rec = 12 + 16 * size_t(i);
    std::string tag = r.ok && rec + 4 <= f.bytes_.size() ? std::string(f.bytes_.substr(rec, 4)) : std::string();
    Table t{r.u32(rec + 8), r.u32(rec + 12)};
    if (!r.ok || uint64_t(t.offset) + t.length > f.bytes_.size()) {
      error = "the table directory points outside the file";
      return std::nullopt;
    }
    f.tables_[tag] = t;
  }
  for (const char* need : {"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"}) {
    if (!f.tables_.count(need)) {
      error = std::string("no '") + need + "' table (TrueType outlines are needed)";
      return std::nullopt;
    }
  }
  f.glyf_ = f.tables_["glyf"];
  f.loca_ = f.tables_["loca"];
  f.hmtx_ = f.tables_["hmtx"];
  Reader head{f.table("head")}, hhea{f.table("hhea")}, maxp{f.table("maxp")};
  f.units_per_em = static_cast<int>(head.u16(18));
  f.x_min = head.i16(36);
  f.y_min = head.i16(38);
  f.x_max = head.i16(40);
  f.y_max = head.i16(42);
  const uint32_t mac_style = head.u16(44);
  f.long_loca_ = head.i16(50) == 1;
  f.ascender = hhea.i16(4);
  f.descender = hhea.i16(6);
  const uint32_t long_metrics = hhea.u16(34);
  f.glyph_count_ = static_cast<int>(maxp.u16(4));
  if (!head.ok || !hhea.ok || !maxp.ok || f.units_per_em < 16 || f.glyph_count_ == 0 || long_metrics == 0 ||
      long_metrics > uint32_t(f.glyph_count_)) {
    error = "damaged head, hhea or maxp table";
    return std::nullopt;
  }
  f.bold = mac_style & 1;
  f.italic = mac_style & 2;
  Reader hmtx{f.table("hmtx")};
  f.advances_.resize(long_metrics);
  for (uint32_t g = 0; g < long_metrics; ++g) f.advances_[g] = static_cast<uint16_t>(hmtx.u16(g * 4));
  const size_t loca_entries = f.table("loca").size() / (f.long_loca_ ? 4 : 2);
  if (!hmtx.ok || loca_entries < size_t(f.glyph_count_) + 1) {
    error = "damaged hmtx or loca table";
    return std::nullopt;
  }

  if (auto post = f.table("post"); post.size() >= 16) {
    Reader p{post};
    f.italic_angle = static_cast<int32_t>(p.u32(4)) / 65536.0;
    f.underline_position = p.i16(8);
    f.underline_thickness = p.i16(10);
    f.fixed_pitch = p.u32(12) != 0;
  }
  f.cap_height = f.ascender;
  if (auto os2 = f.table("OS/2"); !os2.empty()) {
    Reader o{os2};
    const int family_class = o.i16(30) >> 8;
    f.serif = family_class >= 1 && family_class <= 7;
    if (o.u16(0) >= 2 && os2.size() >= 90) f.cap_height = o.i16(88);
  }
  if (auto name = f.table("name"); !name.empty()) {
    Reader n{name};
    const uint32_t records = n.u16(2), strings = n.u16(4);
    for (uint32_t i = 0; i < records && n.ok; ++i) {
      const size_t at = 6 + 12 * size_t(i);
      const uint32_t platform = n.u16(at), encoding = n.u16(at + 2), id = n.u16(at + 6);
      const uint32_t length = n.u16(at + 8), offset = n.u16(at + 10);
      if (id != 6 || size_t(strings) + offset + length > name.size()) continue;
      std::string_view raw = name.substr(strings + offset, length);
      std::string ascii;
      if (platform == 3 && encoding == 1) {
        for (size_t k = 1; k < raw.size(); k += 2) ascii += raw[k - 1] == 0 ? raw[k] : '?';
      } else if (platform == 1 && encoding == 0) {
        ascii = std::string(raw);
      } else {
        continue;
      }
      f.postscript_name = clean_name(ascii);
      if (platform == 3) break;
    }
  }

  // cmap: the full-Unicode subtable (format 12) if there is one, else the BMP one (format 4).
  Reader c{f.table("cmap")};
  const uint32_t subtables = c.u16(2);
  uint32_t best_offset = 0;
  int best_rank = 0;
  for (uint32_t i = 0; i < subtables && c.ok; ++i) {
    const uint32_t platform = c.u16(4 + 8 * i), encoding = c.u16(6 + 8 * i), offset = c.u32(8 + 8 * i);
    const uint32_t format = c.u16(offset);
    int rank = 0;
    if (format == 12 && (platform == 3 || platform == 0)) rank = platform == 3 ? 4 : 3;
    else if (format == 4 && ((platform == 3 && encoding == 1) || platform == 0)) rank = platform == 3 ? 2 : 1;
    if (rank > best_rank) {
      best_rank = rank;
      best_offset = offset;
    }
  }
  auto add = [&](uint32_t code, uint32_t gid) { f.map(code, gid); };
  if (best_rank >= 3) {
    const uint32_t groups = c.u32(best_offset + 12);
    for (uint32_t g = 0; g < groups && c.ok; ++g) {
      const size_t at = best_offset + 16 + 12 * size_t(g);
      const uint32_t start = c.u32(at), end = c.u32(at + 4), glyph = c.u32(at + 8);
      if (end < start || end > 0x10FFFF) continue;
      for (uint32_t code = start; code <= end; ++code) add(code, glyph + (code - start));
    }
  } else if (best_rank >= 1) {
    const uint32_t segments = c.u16(best_offset + 6) / 2;
    const size_t ends = best_offset + 14, starts = ends + 2 * size_t(segments) + 2;
    const size_t deltas = starts + 2 * size_t(segments), ranges = deltas + 2 * size_t(segments);
    for (uint32_t s = 0; s < segments && c.ok; ++s) {
      const uint32_t end = c.u16(ends + 2 * s), start = c.u16(starts + 2 * s);
      const uint32_t delta = c.u16(deltas + 2 * s), range = c.u16(ranges + 2 * s);
      if (end < start) continue;
      for (uint32_t code = start; code <= end && code != 0xFFFF; ++code) {
        uint32_t gid = 0;
        if (range == 0) {
          gid = (code + delta) & 0xFFFF;
        } else {
          const size_t at = ranges + 2 * size_t(s) + range + 2 * size_t(code - start);
          gid = c.u16(at);
          if (gid != 0) gid = (gid + delta) & 0xFFFF;
        }
        add(code, gid);
      }
    }
  }
  // Above kDirect: sorted, the first mapping of a code point kept.
  std::stable_sort(f.high_.begin(), f.high_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const size_t before = f.high_.size();
  f.high_.erase(std::unique(f.high_.begin(), f.high_.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                f.high_.end());
  f.mapped_ -= before - f.high_.size();
  if (!c.ok || f.mapped_ == 0) {
    error = "no usable Unicode cmap";
    return std::nullopt;
  }
  return f;
}

std::string TrueType::subset(const std::vector<uint16_t>& order) const {
  const std::string_view glyf = view(glyf_);
  // New glyph k is order[k]; the parts of composites follow, each once.
  std::vector<uint16_t> glyphs(order);
  std::vector<int> new_id(static_cast<size_t>(glyph_count_), -1);
  for (size_t k = 0; k < glyphs.size(); ++k) {
    if (glyphs[k] < new_id.size() && new_id[glyphs[k]] < 0) new_id[glyphs[k]] = static_cast<int>(k);
  }
  std::vector<std::string> data;  // each glyph's outline, components renumbered
  data.reserve(glyphs.size());
  for (size_t k = 0; k < glyphs.size() && k < 0xFFFF; ++k) {
    const uint16_t g = glyphs[k];
    std::string outline;
    if (g < glyph_count_) {
      auto [offset, length] = glyph_extent(g);
      outline = std::string(glyf.substr(offset, length));
    }
    if (outline.size() >= 10 && Reader{outline}.i16(0) < 0) {
      // Composite: renumber every component (flags, glyph index, then arguments and a transform).
      Reader gr{outline};
      size_t at = 10;
      for (int guard = 0; guard < 256 && gr.ok; ++guard) {
        const uint32_t flags = gr.u16(at), component = gr.u16(at + 2);
        if (!gr.ok) break;
        int id = component < new_id.size() ? new_id[component] : -1;
        if (id < 0) {
          id = static_cast<int>(glyphs.size());
          glyphs.push_back(static_cast<uint16_t>(component));
          if (component < new_id.size()) new_id[component] = id;
        }
        set16(outline, at + 2, static_cast<uint32_t>(std::min(id, 0xFFFF)));
        at += 4 + ((flags & 0x0001) ? 4 : 2);
        if (flags & 0x0008) at += 2;
        else if (flags & 0x0040) at += 4;
        else if (flags & 0x0080) at += 8;
        if (!(flags & 0x0020)) break;
      }
    }
    data.push_back(std::move(outline));
  }

  std::string new_glyf, new_loca, new_hmtx;
  Reader h{view(hmtx_)};
  for (size_t k = 0; k < data.size(); ++k) {
    put32(new_loca, static_cast<uint32_t>(new_glyf.size()));
    new_glyf += data[k];
    while (new_glyf.size() % 4) new_glyf.push_back('\0');
    const uint16_t g = glyphs[k];
    uint32_t advance = 0, lsb = 0;
    if (g < glyph_count_ && !advances_.empty()) {
      advance = advances_[std::min<size_t>(g, advances_.size() - 1)];
      lsb = g < advances_.size() ? h.u16(g * 4u + 2) : h.u16(advances_.size() * 4 + 2 * (g - advances_.size()));
    }
    put16(new_hmtx, advance);  // every glyph a long metric: hhea says so below
    put16(new_hmtx, lsb);
  }
  put32(new_loca, static_cast<uint32_t>(new_glyf.size()));
  const uint32_t count = static_cast<uint32_t>(data.size());
  std::string new_maxp(table("maxp")), new_hhea(table("hhea"));
  set16(new_maxp, 4, count);   // numGlyphs
  set16(new_hhea, 34, count);  // numberOfHMetrics
  std::string new_head(table("head"));
  set32(new_head, 8, 0);   // checkSumAdjustment, set below
  set16(new_head, 50, 1);  // long loca

  std::vector<std::pair<std::string, std::string>> out;  // sorted by tag
  for (const char* tag : {"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"}) {
    const std::string t(tag);
    if (t == "glyf") out.emplace_back(t, std::move(new_glyf));
    else if (t == "head") out.emplace_back(t, std::move(new_head));
    else if (t == "hmtx") out.emplace_back(t, std::move(new_hmtx));
    else if (t == "maxp") out.emplace_back(t, std::move(new_maxp));
    else if (t == "hhea") out.emplace_back(t, std::move(new_hhea));
    else if (t == "loca") out.emplace_back(t, std::move(new_loca));
    else if (tables_.count(t)) out.emplace_back(t, std::string(table(tag)));
  }
  const uint32_t n = static_cast<uint32_t>(out.size());
  uint32_t power = 1, log2 = 0;
  while (power * 2 <= n) {
    power *= 2;
    ++log2;
  }
  std::string font;
  put32(font, 0x00010000);
  put16(font, n);
  put16(font, power * 16);
  put16(font, log2);
  put16(font, n * 16 - power * 16);
  size_t offset = 12 + 16 * size_t(n);
  size_t head_at = 0;
  for (const auto& [tag, bytes] : out) {
    font += tag;
    put32(font, checksum(bytes));
    put32(font, static_cast<uint32_t>(offset));
    put32(font, static_cast<uint32_t>(bytes.size()));
    if (tag == "head") head_at = offset;
    offset += (bytes.size() + 3) & ~size_t(3);
  }
  for (const auto& [tag, bytes] : out) {
    font += bytes;
    while (font.size() % 4) font.push_back('\0');
  }
  set32(font, head_at + 8, 0xB1B0AFBAu - checksum(font));
  return font;
}

}  // namespace vanban::layout
