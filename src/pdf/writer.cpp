// Stage: pdf.
// The PDF is written directly (PDF 1.7, ISO 32000-1), not through PoDoFo: the fonts are the layout's own
// TrueType files, parsed once per process and shared by every thread; per document only a glyph subset is
// cut and compressed (docs/DESIGN.md, "PDF writer"). Text goes through Identity-H CID fonts, so every
// Vietnamese letter survives, with a ToUnicode map so it copies back as it was typed.
#include "pdf/writer.hpp"

#include "core/parallel.hpp"
#include "core/utf8.hpp"
#include "layout/paragraph.hpp"
#include "pdf/messages.hpp"

#include <libdeflate.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <tuple>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vanban::pdf {
namespace {

using msg::kPdfFailed;

// CIDs of an Identity-H font are 16 bits; CID 0 is .notdef.
constexpr size_t kMaxCids = 0x10000;

// Flate level for every stream (libdeflate's scale). On the notice's streams
// (137 KB): zlib level 1 took 1.9 ms for 55 KB; libdeflate level 1 0.8 ms for
// 52 KB, level 6 1.9 ms for 47 KB.
constexpr int kDeflateLevel = 1;

// Numbers as PDF writes them: at most 3 decimals, no trailing zeros, no exponent.
// Thousandths as an integer, printed by hand: std::to_chars(double, fixed) was
// a twelfth of a warm re-render of the notice (bench/RESULTS.md).
void put_number(std::string& out, double v) {
  if (!std::isfinite(v) || std::fabs(v) >= 1e15) v = 0;
  long long m = std::llround(v * 1000.0);
  char buf[32];
  char* at = buf;
  if (m < 0) {
    *at++ = '-';
    m = -m;
  }
  at = std::to_chars(at, buf + sizeof buf, m / 1000).ptr;  // 1e15 has 16 digits: it fits
  if (int frac = static_cast<int>(m % 1000); frac != 0) {
    *at++ = '.';
    for (int div = 100; frac != 0; div /= 10) {
      *at++ = static_cast<char>('0' + frac / div);
      frac %= div;
    }
  }
  out.append(buf, static_cast<size_t>(at - buf));  // one append: a page's stream is mostly numbers
}

void put_integer(std::string& out, long v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? end : buf);
}

void put_hex16(std::string& out, uint32_t v) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const char four[4] = {kHex[(v >> 12) & 0xF], kHex[(v >> 8) & 0xF], kHex[(v >> 4) & 0xF], kHex[v & 0xF]};
  out.append(four, 4);
}

// One code point as UTF-16BE hex (a surrogate pair above the BMP).
void put_utf16(std::string& out, char32_t c) {
  if (c >= 0x10000) {
    c -= 0x10000;
    put_hex16(out, 0xD800 + (c >> 10));
    put_hex16(out, 0xDC00 + (c & 0x3FF));
  } else {
    put_hex16(out, c);
  }
}

// A text string: ASCII as a literal, anything else as UTF-16BE with a byte-order mark.
std::string text_string(const std::string& s) {
  bool ascii = true;
  for (char c : s) ascii = ascii && c >= 32 && c < 127;  // a byte >= 0x80 fails either way, signed char or not
  std::string out;
  if (ascii) {
    out += '(';
    for (char c : s) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    out += ')';
    return out;
  }
  out = "<FEFF";
  for (size_t i = 0; i < s.size();) put_utf16(out, utf8::decode(s, i));
  out += '>';
  return out;
}

// A compressor: libdeflate (zlib format, as FlateDecode wants), one per
// thread (thread_deflater), allocated once rather than once per stream.
class Deflater {
 public:
  Deflater() : c_(libdeflate_alloc_compressor(kDeflateLevel)) {
    if (!c_) throw std::runtime_error("libdeflate_alloc_compressor");
  }
  ~Deflater() { libdeflate_free_compressor(c_); }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  std::string operator()(std::string_view in) {
    std::string out;
    out.resize(libdeflate_zlib_compress_bound(c_, in.size()));
    const size_t n = libdeflate_zlib_compress(c_, in.data(), in.size(), out.data(), out.size());
    if (n == 0) throw std::runtime_error("libdeflate_zlib_compress");
    out.resize(n);
    return out;
  }

 private:
  libdeflate_compressor* c_;
};

// Font programs subset and compressed once per process: a warm re-render
// (`vanban serve` after an edit, each document of a batch) draws the same
// glyphs of the same fonts again, and subsetting and compressing them was a
// fifth of re-rendering the notice (issue 24, callgrind). Keyed by the font
// and the glyph list; an entry holds its font, so a key's address cannot
// come back as another font. Used only with layout::warm_caches() on
// (cli::Renderer); bounded: past kMaxBytes it starts afresh. The output
// bytes are the same with or without it.
class ProgramCache {
 public:
  struct Program {
    std::shared_ptr<const layout::TrueType> font;
    std::string packed;  // the Flate of the subset
    size_t length = 0;   // the subset's own length (/Length1)
  };

  std::shared_ptr<const Program> get(const std::shared_ptr<const layout::TrueType>& font,
                                     const std::vector<uint16_t>& glyphs, Deflater& deflate) {
    const auto address = reinterpret_cast<std::uintptr_t>(font.get());
    std::string key(reinterpret_cast<const char*>(&address), sizeof address);
    key.append(reinterpret_cast<const char*>(glyphs.data()), glyphs.size() * sizeof(uint16_t));
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (auto it = map_.find(key); it != map_.end()) return it->second;
    }
    const std::string subset = font->subset(glyphs);
    auto program = std::make_shared<const Program>(Program{font, deflate(subset), subset.size()});
    std::lock_guard<std::mutex> lock(mutex_);
    const size_t size = key.size() + program->packed.size();
    if (bytes_ + size > kMaxBytes) {
      map_.clear();
      bytes_ = 0;
    }
    if (map_.emplace(std::move(key), program).second) bytes_ += size;
    return program;
  }

 private:
  static constexpr size_t kMaxBytes = size_t(8) << 20;
  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const Program>> map_;
  size_t bytes_ = 0;
};

ProgramCache& program_cache() {
  static ProgramCache cache;
  return cache;
}

Deflater& thread_deflater() {
  thread_local Deflater deflater;
  return deflater;
}

// The subset of `font` holding `glyphs`, compressed: made here, or taken from
// the process's ProgramCache on the warm path.
std::shared_ptr<const ProgramCache::Program> font_program(const std::shared_ptr<const layout::TrueType>& font,
                                                          const std::vector<uint16_t>& glyphs) {
  if (layout::warm_caches()) return program_cache().get(font, glyphs, thread_deflater());
  const std::string subset = font->subset(glyphs);
  return std::make_shared<const ProgramCache::Program>(
      ProgramCache::Program{font, thread_deflater()(subset), subset.size()});
}

// FNV-1a, for the file identifier and subset tags (not for security).
uint64_t fnv(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// Two FNV-1a digests of `s` from two seeds, in one pass (the file identifier):
// the two chains of multiplications run side by side.
void fnv2(std::string_view s, uint64_t (&h)[2]) {
  uint64_t a = h[0], b = h[1];
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    a = (a ^ u) * 1099511628211ull;
    b = (b ^ u) * 1099511628211ull;
  }
  h[0] = a;
  h[1] = b;
}

// "2023-03-28" → "D:20230328000000+07'00'" (Vietnam time).
std::string pdf_date(const std::string& iso) {
  if (iso.size() != 10) return {};
  return "D:" + iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2) + "000000+07'00'";
}

}  // namespace

namespace detail {

// Writing the file into its scratch file failed (errno).
struct SpillFailed {
  int error = 0;
};

// The objects of one file, numbered from 1: each is written into the file the
// moment it is put (a page's objects as the page comes, the fonts and the
// catalogue at the end), so that the file is held once, never beside a copy
// of its objects; the cross-reference table gives each object's place.
class File {
 public:
  File() { out_ = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"; }

  // Once the file passes kSpillFrom bytes it goes into `file`, a megabyte
  // at a time, rather than being held (small files stay in memory).
  void spill_to(ScratchFile* file, size_t from) {
    spill_ = file;
    spill_from_ = from;
  }
  bool spilled() const { return spilled_ > 0; }

  int reserve() {
    offsets_.push_back(kNotWritten);
    return static_cast<int>(offsets_.size());
  }
  void put(int number, std::string_view body) {
    offsets_[static_cast<size_t>(number - 1)] = spilled_ + out_.size();
    out_ += std::to_string(number);
    out_ += " 0 obj\n";
    out_ += body;
    out_ += "\nendobj\n";
    if (spill_ && out_.size() >= std::max<size_t>(1, spilled_ > 0 ? kSpillBytes : spill_from_)) spill();
  }
  void put_stream(int number, std::string dict_entries, std::string_view data, size_t original_length = 0) {
    put_compressed(number, std::move(dict_entries), thread_deflater()(data), original_length);
  }
  void put_compressed(int number, std::string dict_entries, std::string_view compressed, size_t original_length) {
    std::string body = "<< " + dict_entries + (dict_entries.empty() ? "" : " ") + "/Filter /FlateDecode /Length " +
                       std::to_string(compressed.size());
    if (original_length) body += " /Length1 " + std::to_string(original_length);
    body += " >>\nstream\n";
    body += compressed;
    body += "\nendstream";
    put(number, std::move(body));
  }

  // The file: the objects written so far, then the cross-reference table.
  std::string write(int catalog, int info) {
    for (size_t i = 0; i < offsets_.size(); ++i) {
      if (offsets_[i] == kNotWritten) put(static_cast<int>(i + 1), "null");  // reserved, never used
    }
    // The identifier: a digest of everything above, so the same input gives the same file.
    std::string id;
    uint64_t digest[2] = {digest_[0], digest_[1]};
    fnv2(out_, digest);
    for (uint64_t h : digest) {
      for (int shift = 48; shift >= 0; shift -= 16) put_hex16(id, static_cast<uint32_t>((h >> shift) & 0xFFFF));
    }
    const size_t xref = spilled_ + out_.size();
    out_ += "xref\n0 " + std::to_string(offsets_.size() + 1) + "\n0000000000 65535 f\r\n";
    char entry[32];
    for (size_t off : offsets_) {
      std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", off);
      out_ += entry;
    }
    out_ += "trailer\n<< /Size " + std::to_string(offsets_.size() + 1) + " /Root " + std::to_string(catalog) +
            " 0 R /Info " + std::to_string(info) + " 0 R /ID [<" + id + "> <" + id + ">] >>\nstartxref\n" +
            std::to_string(xref) + "\n%%EOF\n";
    if (spilled_ > 0) {
      spill();
      return {};
    }
    return std::move(out_);
  }

 private:
  // The bytes so far go to the scratch file; the digest goes on over them.
  void spill() {
    fnv2(out_, digest_);
    if (!spill_->append(out_)) throw SpillFailed{errno};
    spilled_ += out_.size();
    out_.clear();
  }

  static constexpr size_t kNotWritten = static_cast<size_t>(-1);
  static constexpr size_t kSpillBytes = 1 << 20;
  size_t spill_from_ = 0;
  std::string out_;              // the file so far, or what is not yet in `spill_`
  ScratchFile* spill_ = nullptr;
  size_t spilled_ = 0;           // bytes already in `spill_`
  uint64_t digest_[2] = {1469598103934665603ull, 0x84222325cbf29ce4ull};  // FNV-1a of the spilled bytes
  std::vector<size_t> offsets_;  // object number − 1 → where it starts in the file
};

std::string ref(int n) { return std::to_string(n) + " 0 R"; }

// The glyphs one face draws in this document, and the text each stands for.
// Glyphs are numbered as they are first drawn (CID 0 is .notdef), and the
// subset holds exactly those, in that order: no empty slots to store and compress.
struct UsedFace {
  const layout::Face* face = nullptr;
  std::vector<uint16_t> glyphs{0};  // CID -> glyph id in the font file
  std::vector<char32_t> text{0};    // CID -> the first code point drawn with it
  std::vector<uint16_t> cid_of;     // glyph id -> CID, 0 while not drawn
  int object = 0;                   // the Type0 font

  // The CID of a glyph, numbered when first drawn. A drawn glyph id is 1 … numGlyphs − 1 (at most
  // 65,534: numGlyphs is 16-bit, 0 is .notdef, never drawn), so every one finds a CID below kMaxCids.
  uint16_t cid(uint16_t gid, char32_t c) {
    uint16_t& id = cid_of[gid];
    if (id == 0 && glyphs.size() < kMaxCids) {
      id = static_cast<uint16_t>(glyphs.size());
      glyphs.push_back(gid);
      text.push_back(c);
    }
    return id;
  }
};

// The file as it grows: each page drawn and compressed when it comes, the
// fonts (subsets of the glyphs the pages drew), outline and catalogue at the end.
class Writer {
 public:
  explicit Writer(const layout::FontSet& fonts) : fonts_(fonts) {
    catalog_ = file_.reserve();
    pages_ = file_.reserve();
    resources_ = file_.reserve();
  }

  // A page is numbered and its glyphs given their CIDs now, in order; it is
  // drawn and compressed behind, on the helper thread (core/parallel.hpp,
  // Behind), while layout makes the next, and goes into the file in order.
  void add(layout::Page page) {
    if (page_objects_.empty()) first_height_ = page.height;
    for (const layout::OutlineEntry& e : page.outline) {
      headings_.push_back({e, static_cast<int>(page_objects_.size()), page.height});
    }
    number_glyphs(page);
    auto d = std::make_unique<Drawn>();
    d->width = page.width;
    d->height = page.height;
    d->page = std::move(page);
    d->contents = file_.reserve();
    d->object = file_.reserve();
    page_objects_.push_back(d->object);
    Drawn* drawn = d.get();
    drawing_.push_back(std::move(d));
    behind_.push([this, drawn] {
      drawn->stream = thread_deflater()(content(drawn->page));
      drawn->page = layout::Page{};  // its runs are not needed any more
      drawn->done.store(true, std::memory_order_release);
    });
    put_drawn();
    // Layout far ahead of the helper: it draws pages here too, so that only a few are held.
    while (drawing_.size() > kMostBehind) {
      if (!behind_.help()) behind_.finish();
      put_drawn();
    }
  }

  size_t pages() const { return page_objects_.size(); }

  // Characters that could not be drawn, each reported once per face.
  const Diagnostics& problems() const { return problems_; }

  void spill_to(ScratchFile* file, size_t from) { file_.spill_to(file, from); }
  bool spilled() const { return file_.spilled(); }

  std::string finish(const layout::Metadata& metadata) {
    // Every glyph is numbered now: the faces' subsets are made behind the
    // last pages, by whichever thread is free (core/parallel.hpp, Behind).
    for (size_t i = 0; i < used_.size(); ++i) {
      if (!used_[i].face) continue;
      behind_.push([this, i] { programs_[i] = font_program(used_[i].face->font, used_[i].glyphs); });
    }
    behind_.finish();
    put_drawn();
    fonts();
    std::string kids;
    for (int p : page_objects_) kids += (kids.empty() ? "" : " ") + ref(p);
    file_.put(pages_, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_objects_.size()) + " >>");
    const int outlines = outline(metadata);
    std::string catalog = "<< /Type /Catalog /Pages " + ref(pages_);
    if (outlines) catalog += " /Outlines " + ref(outlines) + " /PageMode /UseOutlines";
    file_.put(catalog_, catalog + " >>");
    const int info = info_object(metadata);
    return file_.write(catalog_, info);
  }

 private:
  struct Heading {
    layout::OutlineEntry entry;
    int page = 0;
    double page_height = 0;
  };

  UsedFace& used(layout::FontStyle style) {
    UsedFace& u = used_[static_cast<size_t>(style)];
    if (!u.face) {
      u.face = &fonts_.face(style);
      if (!u.face->font) throw std::runtime_error("font not loaded: " + u.face->path.string());
      u.cid_of.assign(static_cast<size_t>(u.face->font->glyph_count()), 0);
      u.object = file_.reserve();
    }
    return u;
  }

  // A page numbered, being drawn: its content stream's object and its own, and
  // the stream once compressed (`done`).
  struct Drawn {
    layout::Page page;
    double width = 0, height = 0;
    int contents = 0;
    int object = 0;
    std::string stream;
    std::atomic<bool> done{false};
  };
  // Pages handed over and not yet in the file, at most: beyond them layout waits, drawing.
  static constexpr size_t kMostBehind = 16;

  // The faces a page uses and the CIDs of its glyphs, numbered as first drawn;
  // a character a face lacks is reported here, once.
  void number_glyphs(const layout::Page& page) {
    for (const layout::GlyphRun& run : page.runs) {
      UsedFace& u = used(run.style);
      for (size_t i = 0; i < run.text.size();) {
        const size_t at = i;
        const char32_t c = utf8::decode(run.text, i);
        if (c == '\t' || c == '\n') continue;
        const uint16_t gid = u.face->font->glyph(c);
        if (gid == 0) missing_glyph(u, run.text.substr(at, i - at), c);
        else u.cid(gid, c);
      }
    }
  }

  // Puts the pages drawn so far into the file, in order, up to the first still being drawn.
  void put_drawn() {
    while (!drawing_.empty() && drawing_.front()->done.load(std::memory_order_acquire)) {
      const Drawn& p = *drawing_.front();
      file_.put_compressed(p.contents, "", p.stream, 0);
      std::string dict = "<< /Type /Page /Parent " + ref(pages_) + " /MediaBox [0 0 ";
      put_number(dict, p.width);
      dict += ' ';
      put_number(dict, p.height);
      dict += "] /Resources " + ref(resources_) + " /Contents " + ref(p.contents) + " >>";
      file_.put(p.object, std::move(dict));
      drawing_.pop_front();
    }
  }

  // A page's content stream. Reads only the CIDs number_glyphs gave the
  // page's own glyphs (cid_of: sized once, an entry set once), so it is drawn
  // on the helper while the next pages are numbered.
  std::string content(const layout::Page& page) const {
    std::string s;
    s.reserve(page.runs.size() * 48 + page.rules.size() * 40 + 64);
    s += "0 g 0 G\n";
    double width = -1;
    for (const layout::Rule& r : page.rules) stroke(s, r.x1, page.height - r.y1, r.x2, page.height - r.y2,
                                                   r.thickness, width);
    if (!page.runs.empty()) {
      s += "BT\n";
      int font = -1;
      double size = -1;
      for (const layout::GlyphRun& run : page.runs) {
        const UsedFace& u = used_[static_cast<size_t>(run.style)];
        if (static_cast<int>(run.style) != font || run.size != size) {
          font = static_cast<int>(run.style);
          size = run.size;
          s += "/F" + std::to_string(font) + ' ';
          put_number(s, size);
          s += " Tf\n";
        }
        s += "1 0 0 1 ";
        put_number(s, run.x);
        s += ' ';
        put_number(s, page.height - run.y);
        s += " Tm ";
        if (run.scale == 1) {
          s += '<';
          for (size_t i = 0; i < run.text.size();) {
            uint16_t id = 0, gid = 0;
            if (next_cid(u, run.text, i, id, gid)) put_hex16(s, id);
          }
          s += "> Tj\n";
        } else {
          expanded(s, run, u);
        }
      }
      s += "ET\n";
    }
    // Underlines after the text, at the font's own position and thickness.
    for (const layout::GlyphRun& run : page.runs) {
      if (!run.underline) continue;
      const layout::TrueType& f = *used_[static_cast<size_t>(run.style)].face->font;
      const double scale = run.size / f.units_per_em;
      const double y = page.height - run.y + f.underline_position * scale;
      stroke(s, run.x, y, run.x + run.width, y, std::max(0.3, f.underline_thickness * scale), width);
    }
    return s;
  }

  static std::string face_name(const UsedFace& u) { return u.face->path.filename().string(); }

  void missing_glyph(const UsedFace& u, std::string_view text, char32_t c) {
    if (!reported_.insert({u.object, c}).second) return;
    problems_.add(with_hint(make_error({}, msg::kPdfMissingGlyph, face_name(u), text, static_cast<uint32_t>(c),
                                       page_objects_.size() + 1),
                            msg::kPdfMissingGlyphHint));
  }

  static void stroke(std::string& s, double x1, double y1, double x2, double y2, double thickness, double& width) {
    if (thickness != width) {
      put_number(s, thickness);
      s += " w\n";
      width = thickness;
    }
    put_number(s, x1);
    s += ' ';
    put_number(s, y1);
    s += " m ";
    put_number(s, x2);
    s += ' ';
    put_number(s, y2);
    s += " l S\n";
  }

  // A run of a justified line whose glyphs are expanded (layout's font
  // expansion, within ±2 %): every glyph's advance is scaled by run.scale
  // through a TJ adjustment after it, in whole thousandths of the size, the
  // rounding carried on so that no glyph is off by more than half of one
  // (0.007 pt at 14 pt). None after the last glyph: the next run has its own
  // Tm. The glyphs' shapes, the font's widths and the text size stay as they
  // are, so readers see 14 pt text with widths consistent with the embedded
  // font (PDF/A).
  // The CID of the character at `i` (advanced past it); false for one not drawn:
  // spacing (tab, newline, as layout measures them) or a glyph the font lacks,
  // which layout should have refused and is reported, never silently dropped.
  // (number_glyphs gave every glyph its CID and reported what is missing.)
  static bool next_cid(const UsedFace& u, const std::string& text, size_t& i, uint16_t& id, uint16_t& gid) {
    const char32_t c = utf8::decode(text, i);
    if (c == '\t' || c == '\n') return false;
    gid = u.face->font->glyph(c);
    if (gid == 0) return false;
    id = u.cid_of[gid];
    return true;
  }

  static void expanded(std::string& s, const layout::GlyphRun& run, const UsedFace& u) {
    const layout::TrueType& f = *u.face->font;
    const double per_unit = (1 - run.scale) * 1000.0 / f.units_per_em;  // TJ subtracts
    s += '[';
    double exact = 0;   // the adjustments so far, as they should be
    long written = 0;   // and as written
    bool first = true;
    for (size_t i = 0; i < run.text.size();) {
      uint16_t id = 0, gid = 0;
      if (!next_cid(u, run.text, i, id, gid)) continue;
      if (!first) {
        const long next = std::lround(exact);
        if (next != written) put_integer(s, next - written);
        written = next;
      }
      first = false;
      s += '<';
      put_hex16(s, id);
      s += '>';
      exact += per_unit * f.advance(gid);
    }
    s += "] TJ\n";
  }

  // Each face drawn: Type0 font -> CIDFontType2 -> descriptor -> FontFile2 subset, and a ToUnicode map.
  void fonts() {
    std::string resources = "<< /Font <<";
    for (size_t i = 0; i < used_.size(); ++i) {
      UsedFace& u = used_[i];
      if (!u.face) continue;
      const layout::TrueType& f = *u.face->font;
      std::string key = std::to_string(i);
      for (uint16_t gid : u.glyphs) {
        key += static_cast<char>(gid >> 8);
        key += static_cast<char>(gid & 0xFF);
      }
      // Six capitals from the glyph set: the same subset gets the same name.
      std::string name;
      uint64_t h = fnv(key);
      for (int k = 0; k < 6; ++k, h /= 26) name += static_cast<char>('A' + h % 26);
      name += '+';
      name += f.postscript_name.empty() ? "Font" + std::to_string(i) : f.postscript_name;

      const double em = 1000.0 / f.units_per_em;
      const int cid = file_.reserve(), descriptor = file_.reserve(), program = file_.reserve();
      const int to_unicode = file_.reserve();
      file_.put_compressed(program, "", programs_[i]->packed, programs_[i]->length);

      std::string d = "<< /Type /FontDescriptor /FontName /" + name + " /Flags ";
      const int flags = (f.fixed_pitch ? 1 : 0) | (f.serif ? 2 : 0) | 32 | (f.italic_angle != 0 || f.italic ? 64 : 0);
      d += std::to_string(flags) + " /FontBBox [";
      for (int v : {f.x_min, f.y_min, f.x_max, f.y_max}) {
        put_number(d, v * em);
        d += ' ';
      }
      d.back() = ']';
      d += " /ItalicAngle ";
      put_number(d, f.italic_angle);
      d += " /Ascent ";
      put_number(d, f.ascender * em);
      d += " /Descent ";
      put_number(d, f.descender * em);
      d += " /CapHeight ";
      put_number(d, f.cap_height * em);
      d += std::string(" /StemV ") + (f.bold ? "120" : "80") + " /FontFile2 " + ref(program) + " >>";
      file_.put(descriptor, std::move(d));

      // Widths: CIDs are consecutive, so one array from CID 1.
      std::string w = "[";
      if (u.glyphs.size() > 1) {
        w += "1 [";
        for (size_t k = 1; k < u.glyphs.size(); ++k) {
          put_number(w, f.advance(u.glyphs[k]) * em);
          w += ' ';
        }
        w.back() = ']';
      }
      w += ']';
      file_.put(cid, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                         " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                         ref(descriptor) + " /W " + w + " /CIDToGIDMap /Identity >>");

      std::string cmap =
          "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
      for (size_t from = 1; from < u.text.size(); from += 100) {
        const size_t to = std::min(u.text.size(), from + 100);
        cmap += std::to_string(to - from) + " beginbfchar\n";
        for (size_t code = from; code < to; ++code) {
          cmap += '<';
          put_hex16(cmap, static_cast<uint32_t>(code));
          cmap += "> <";
          put_utf16(cmap, u.text[code]);
          cmap += ">\n";
        }
        cmap += "endbfchar\n";
      }
      cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
      file_.put_stream(to_unicode, "", cmap);

      file_.put(u.object, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                              " /Encoding /Identity-H /DescendantFonts [" + ref(cid) + "] /ToUnicode " +
                              ref(to_unicode) + " >>");
      resources += " /F" + std::to_string(i) + ' ' + ref(u.object);
    }
    file_.put(resources_, resources + " >> >>");
  }

  // Bookmarks: one root (the document's subject or title) holding the headings by level.
  int outline(const layout::Metadata& metadata) {
    struct Item {
      std::string title;
      int page = 0;
      double top = 0;
      int parent = -1;
      std::vector<size_t> children;
      int object = 0;
    };
    if (headings_.empty()) return 0;
    std::vector<Item> items;
    const std::string root_title = metadata.subject.empty() ? metadata.title : metadata.subject;
    items.push_back({root_title, 0, first_height_, -1, {}, 0});
    std::vector<size_t> stack{0};  // the last item at each level
    for (const Heading& h : headings_) {
      const layout::OutlineEntry& e = h.entry;
      const size_t level = static_cast<size_t>(std::max(1, e.level));
      while (stack.size() > level) stack.pop_back();
      while (stack.size() < level) stack.push_back(stack.back());  // a skipped level hangs on the nearest parent
      const size_t parent = stack.back();
      items.push_back({e.title, h.page, h.page_height - e.y + 4, static_cast<int>(parent), {}, 0});
      const size_t index = items.size() - 1;
      items[parent].children.push_back(index);
      stack.push_back(index);
    }
    // Every item open: /Count is the number of its descendants.
    std::vector<int> descendants(items.size(), 0);
    for (size_t i = items.size(); i-- > 1;) descendants[static_cast<size_t>(items[i].parent)] += 1 + descendants[i];
    const int outlines = file_.reserve();
    for (Item& it : items) it.object = file_.reserve();
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& it = items[i];
      const Item* up = it.parent < 0 ? nullptr : &items[static_cast<size_t>(it.parent)];
      std::string d = "<< /Title " + text_string(it.title) + " /Parent " + ref(up ? up->object : outlines);
      if (up) {
        const auto& siblings = up->children;
        const auto pos = static_cast<size_t>(std::find(siblings.begin(), siblings.end(), i) - siblings.begin());
        if (pos > 0) d += " /Prev " + ref(items[siblings[pos - 1]].object);
        if (pos + 1 < siblings.size()) d += " /Next " + ref(items[siblings[pos + 1]].object);
      }
      if (!it.children.empty()) {
        d += " /First " + ref(items[it.children.front()].object) + " /Last " + ref(items[it.children.back()].object);
        d += " /Count " + std::to_string(descendants[i]);
      }
      d += " /Dest [" + ref(page_objects_[static_cast<size_t>(it.page)]) + " /XYZ 0 ";
      put_number(d, it.top);
      d += " 0] >>";
      file_.put(it.object, std::move(d));
    }
    file_.put(outlines, "<< /Type /Outlines /First " + ref(items[0].object) + " /Last " + ref(items[0].object) +
                            " /Count " + std::to_string(items.size()) + " >>");
    return outlines;
  }

  int info_object(const layout::Metadata& m) {
    std::string d = "<<";
    auto field = [&](const char* key, const std::string& value) {
      if (!value.empty()) d += std::string(" /") + key + ' ' + text_string(value);
    };
    field("Title", m.title);
    field("Author", m.author);
    field("Subject", m.subject);
    field("Keywords", m.keywords);
    field("Creator", m.creator);
    field("Producer", m.creator);
    // No date (e-office mode): no timestamp at all rather than "now".
    const std::string date = pdf_date(m.date);
    field("CreationDate", date);
    field("ModDate", date);
    d += " >>";
    const int info = file_.reserve();
    file_.put(info, std::move(d));
    return info;
  }

  const layout::FontSet& fonts_;
  File file_;
  int catalog_ = 0, pages_ = 0, resources_ = 0;
  std::array<UsedFace, 4> used_{};
  // Each face's subset, compressed (font_program), made behind the last pages.
  std::array<std::shared_ptr<const ProgramCache::Program>, std::tuple_size_v<decltype(used_)>> programs_;
  std::deque<std::unique_ptr<Drawn>> drawing_;  // handed over, not yet in the file; oldest first
  std::vector<int> page_objects_;
  std::vector<Heading> headings_;
  double first_height_ = 0;
  Diagnostics problems_;
  std::set<std::pair<int, char32_t>> reported_;  // (face object, character) already reported
  Behind behind_;  // last: waits for the pages being drawn before they go
};

}  // namespace detail

PageWriter::PageWriter(const layout::FontSet& fonts) : writer_(std::make_unique<detail::Writer>(fonts)) {}

PageWriter::~PageWriter() = default;

void PageWriter::add(layout::Page page) {
  if (!error_.empty() || spill_error_) return;
  try {
    writer_->add(std::move(page));
  } catch (const detail::SpillFailed& e) {
    spill_error_ = e.error;
  } catch (const std::exception& e) {
    error_ = e.what();
  }
}

size_t PageWriter::pages() const { return writer_->pages(); }

void PageWriter::spill_to(ScratchFile& file, size_t from) {
  spill_ = &file;
  writer_->spill_to(&file, from);
}

bool PageWriter::spilled() const { return writer_->spilled(); }

std::optional<std::string> PageWriter::finish(const layout::Metadata& metadata, Diagnostics& diags) {
  auto spill_failed = [&](int e) {
    diags.add(io_error(spill_->folder(), msg::kPdfScratchWrite, spill_->folder().string(), e));
    return std::nullopt;
  };
  if (spill_error_) return spill_failed(spill_error_);
  try {
    if (!error_.empty()) throw std::runtime_error(error_);
    if (writer_->pages() == 0) throw std::runtime_error("no pages");
    if (writer_->problems().error_count() > 0) {
      diags.append(writer_->problems());
      return std::nullopt;
    }
    return writer_->finish(metadata);
  } catch (const detail::SpillFailed& e) {
    return spill_failed(e.error);
  } catch (const std::exception& e) {
    diags.add(make_error({}, kPdfFailed, e.what()));
  }
  return std::nullopt;
}

std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, const layout::FontSet& fonts,
                                     Diagnostics& diags) {
  PageWriter writer(fonts);
  for (const layout::Page& page : doc.pages) writer.add(page);
  return writer.finish(doc.metadata, diags);
}

}  // namespace vanban::pdf
