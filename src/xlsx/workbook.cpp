// Stage: xlsx.
// The parts follow ECMA-376 Part 1 (SpreadsheetML) in the element order its
// schema requires; strings are written inline (`t="inlineStr"`), which Excel
// and LibreOffice read like shared ones, so that a sheet streams out row by row.
#include "xlsx/workbook.hpp"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>

namespace vanban::xlsx {
namespace {

constexpr const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr size_t kFlushAt = 64 * 1024;  // bytes of sheet XML deflated at a time

// Text as XML character data (`attribute`: also `"`). The C0 controls XML
// cannot carry are written as Excel's _xHHHH_ escapes.
void append_escaped(std::string& out, std::string_view s, bool attribute = false) {
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) out += "&quot;";
        else out += ch;
        break;
      default:
        if (u < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
          out += fmt::format("_x{:04X}_", u);
        } else {
          out += ch;
        }
    }
  }
}

std::string escaped(std::string_view s, bool attribute = false) {
  std::string out;
  append_escaped(out, s, attribute);
  return out;
}

void append_number(std::string& out, double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? static_cast<size_t>(end - buf) : 0);
}

void append_int(std::string& out, long long v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<size_t>(end - buf));
  (void)ec;
}

void append_ref(std::string& out, int row, int col) {
  out += column_letters(col);
  append_int(out, row + 1);
}

// Excel stores a column's width in units of the maximum digit width of the
// default font (Calibri 11: 7 pixels) plus 5 pixels of padding, rounded to
// whole pixels and then to 1/256 — what its column-width box shows.
double stored_width(double width) {
  constexpr double digit = 7, padding = 5;
  if (width <= 0) return 0;
  double pixels = width < 1 ? std::floor(width * (digit + padding) + 0.5) : std::floor(width * digit + 0.5) + padding;
  return std::floor(pixels / digit * 256.0) / 256.0;
}

std::string w3c_time(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

void put16(std::string& out, uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

uint32_t checked32(size_t v) {
  if (v > 0xFFFFFFFFu) throw std::length_error("XLSX > 4 GB");
  return static_cast<uint32_t>(v);
}

}  // namespace

// A zip archive in memory, its entries deflated as they are written (zlib,
// raw deflate, level 1: the XML of a sheet is repetitive, and speed matters
// more than the last tenth of the size). Dates are 1980-01-01, so that the
// same workbook gives the same bytes.
class Workbook::Zip {
 public:
  explicit Zip(ScratchFile* spill) : spill_(spill) {}
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;
  ~Zip() {
    if (open_) deflateEnd(&z_);
  }

  void begin(const std::string& name) {
    Entry e{name, checked32(flushed_ + out_.size()), 0, 0, 0};
    entries_.push_back(std::move(e));
    // The local header, its sizes and CRC filled in by end().
    put32(out_, 0x04034b50);
    put16(out_, 20);      // version needed: deflate
    put16(out_, 0x0800);  // names in UTF-8
    put16(out_, 8);       // deflate
    put16(out_, 0);       // time 00:00
    put16(out_, 0x21);    // date 1980-01-01
    put32(out_, 0);
    put32(out_, 0);
    put32(out_, 0);
    put16(out_, static_cast<uint32_t>(name.size()));
    put16(out_, 0);
    out_ += name;
    std::memset(&z_, 0, sizeof z_);
    if (deflateInit2(&z_, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::bad_alloc();
    open_ = true;
    data_start_ = flushed_ + out_.size();
  }

  void write(std::string_view bytes, bool last = false) {
    Entry& e = entries_.back();
    // (crc32_z of a null buffer would return the initial value, not e.crc.)
    if (!bytes.empty()) {
      e.crc = static_cast<uint32_t>(crc32_z(e.crc, reinterpret_cast<const Bytef*>(bytes.data()), bytes.size()));
    }
    e.size += bytes.size();
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    z_.avail_in = static_cast<uInt>(bytes.size());
    int status = Z_OK;
    do {
      const size_t room = std::max<size_t>(deflateBound(&z_, z_.avail_in) + 64, 4096);
      const size_t at = out_.size();
      out_.resize(at + room);
      z_.next_out = reinterpret_cast<Bytef*>(out_.data() + at);
      z_.avail_out = static_cast<uInt>(room);
      status = deflate(&z_, last ? Z_FINISH : Z_NO_FLUSH);
      out_.resize(out_.size() - z_.avail_out);
      if (status == Z_STREAM_ERROR) throw std::runtime_error("deflate");
    } while (z_.avail_in > 0 || (last && status != Z_STREAM_END) || (!last && z_.avail_out == 0));
    if (spill_ && out_.size() >= kSpillAt) spill();
  }

  void end() {
    write({}, true);
    deflateEnd(&z_);
    open_ = false;
    Entry& e = entries_.back();
    e.compressed = flushed_ + out_.size() - data_start_;
    std::string sizes;
    put32(sizes, e.crc);
    put32(sizes, checked32(e.compressed));
    put32(sizes, checked32(e.size));
    if (e.offset >= flushed_) {
      out_.replace(e.offset - flushed_ + 14, sizes.size(), sizes);
    } else if (!spill_->write_at(e.offset + 14, sizes)) {  // its header already in the file
      throw SpillError{errno};
    }
  }

  void add(const std::string& name, std::string_view bytes) {
    begin(name);
    write(bytes);
    end();
  }

  std::string finish() {
    const size_t directory = flushed_ + out_.size();
    for (const Entry& e : entries_) {
      put32(out_, 0x02014b50);
      put16(out_, 0x031E);  // made by: Unix, version 3.0
      put16(out_, 20);
      put16(out_, 0x0800);
      put16(out_, 8);
      put16(out_, 0);
      put16(out_, 0x21);
      put32(out_, e.crc);
      put32(out_, checked32(e.compressed));
      put32(out_, checked32(e.size));
      put16(out_, static_cast<uint32_t>(e.name.size()));
      put16(out_, 0);
      put16(out_, 0);
      put16(out_, 0);
      put16(out_, 0);
      put32(out_, 0x81A40000u);  // a regular file, rw-r--r--
      put32(out_, e.offset);
      out_ += e.name;
    }
    const size_t size = flushed_ + out_.size() - directory;
    put32(out_, 0x06054b50);
    put16(out_, 0);
    put16(out_, 0);
    put16(out_, static_cast<uint32_t>(entries_.size()));
    put16(out_, static_cast<uint32_t>(entries_.size()));
    put32(out_, checked32(size));
    put32(out_, checked32(directory));
    put16(out_, 0);
    if (flushed_ > 0) {
      spill();
      return {};
    }
    return std::move(out_);
  }

 private:
  struct Entry {
    std::string name;
    uint32_t offset;
    uint32_t crc;
    size_t size, compressed;
  };
  static constexpr size_t kSpillAt = size_t(1) << 20;

  void spill() {
    if (!spill_->append(out_)) throw SpillError{errno};
    flushed_ += out_.size();
    out_.clear();
  }

  ScratchFile* spill_;
  size_t flushed_ = 0;  // bytes already in spill_
  std::string out_;
  std::vector<Entry> entries_;
  z_stream z_{};
  bool open_ = false;
  size_t data_start_ = 0;
};

bool Style::operator<(const Style& o) const {
  return std::tie(bold, italic, size, horizontal, vertical, number_format, border, wrap, fill) <
         std::tie(o.bold, o.italic, o.size, o.horizontal, o.vertical, o.number_format, o.border, o.wrap, o.fill);
}

std::string excel_quoted(std::string_view s, char quote) {
  std::string out(1, quote);
  for (char c : s) {
    out += c;
    if (c == quote) out += quote;
  }
  return out + quote;
}

std::string column_letters(int col) {
  std::string s;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

Workbook::Workbook(size_t sheets, ScratchFile* spill) : zip_(new Zip(spill)), planned_(sheets) {
  std::string types = kXmlHead;
  types +=
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/docProps/app.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
      "<Override PartName=\"/docProps/core.xml\" "
      "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
  for (size_t i = 1; i <= sheets; ++i) {
    types += fmt::format(
        "<Override PartName=\"/xl/worksheets/sheet{}.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
        i);
  }
  types += "</Types>";
  zip_->add("[Content_Types].xml", types);
  std::string rels = kXmlHead;
  rels +=
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"xl/workbook.xml\"/>"
      "<Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
      "Target=\"docProps/core.xml\"/>"
      "<Relationship Id=\"rId3\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
      "Target=\"docProps/app.xml\"/>"
      "</Relationships>";
  zip_->add("_rels/.rels", rels);
  style(Style{});  // xf 0: the default format
}

Workbook::~Workbook() { delete zip_; }

int Workbook::style(const Style& s) {
  auto [it, added] = styles_.emplace(s, static_cast<int>(styles_.size()));
  if (added) style_order_.push_back(&it->first);
  return it->second;
}

std::string Workbook::styles_xml() const {
  // Fonts, fills and number formats shared by the formats that use them.
  std::vector<std::tuple<bool, bool, double>> fonts;
  std::vector<uint32_t> fills;
  std::vector<std::string> formats;
  auto index_of = [](auto& list, const auto& v) {
    auto it = std::find(list.begin(), list.end(), v);
    if (it == list.end()) it = list.insert(list.end(), v);
    return static_cast<int>(it - list.begin());
  };
  std::string xfs;
  for (const Style* s : style_order_) {
    if (s == style_order_.front()) {
      xfs += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>";
      continue;
    }
    const int font = 1 + index_of(fonts, std::make_tuple(s->bold, s->italic, s->size));
    const int fill = s->fill ? 2 + index_of(fills, s->fill) : 0;
    const int num = s->number_format.empty() ? 0 : 164 + index_of(formats, s->number_format);
    xfs += fmt::format("<xf numFmtId=\"{}\" fontId=\"{}\" fillId=\"{}\" borderId=\"{}\" xfId=\"0\"", num, font, fill,
                       s->border ? 1 : 0);
    if (num) xfs += " applyNumberFormat=\"1\"";
    xfs += " applyFont=\"1\"";
    if (fill) xfs += " applyFill=\"1\"";
    if (s->border) xfs += " applyBorder=\"1\"";
    xfs += " applyAlignment=\"1\"><alignment";
    static constexpr const char* kHorizontal[] = {"", "left", "center", "right"};
    static constexpr const char* kVertical[] = {"", "center", "top"};
    if (s->horizontal != Style::Horizontal::general) {
      xfs += fmt::format(" horizontal=\"{}\"", kHorizontal[static_cast<int>(s->horizontal)]);
    }
    if (s->vertical != Style::Vertical::bottom) {
      xfs += fmt::format(" vertical=\"{}\"", kVertical[static_cast<int>(s->vertical)]);
    }
    if (s->wrap) xfs += " wrapText=\"1\"";
    xfs += "/></xf>";
  }
  std::string out = kXmlHead;
  out += fmt::format("<styleSheet xmlns=\"{}\">", kMainNs);
  if (!formats.empty()) {
    out += fmt::format("<numFmts count=\"{}\">", formats.size());
    for (size_t i = 0; i < formats.size(); ++i) {
      out += fmt::format("<numFmt numFmtId=\"{}\" formatCode=\"{}\"/>", 164 + i, escaped(formats[i], true));
    }
    out += "</numFmts>";
  }
  // Font 0, the workbook's Normal style, stays Excel's default.
  out += fmt::format("<fonts count=\"{}\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
                     fonts.size() + 1);
  for (const auto& [bold, italic, size] : fonts) {
    out += "<font>";
    if (bold) out += "<b/>";
    if (italic) out += "<i/>";
    out += "<sz val=\"";
    append_number(out, size);
    out += "\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>";
  }
  out += "</fonts>";
  out += fmt::format(
      "<fills count=\"{}\"><fill><patternFill patternType=\"none\"/></fill>"
      "<fill><patternFill patternType=\"gray125\"/></fill>",
      fills.size() + 2);
  for (uint32_t rgb : fills) {
    out += fmt::format(
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF{:06X}\"/><bgColor indexed=\"64\"/>"
        "</patternFill></fill>",
        rgb);
  }
  out += "</fills>";
  out +=
      "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
      "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
      "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom>"
      "<diagonal/></border></borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";
  out += fmt::format("<cellXfs count=\"{}\">", style_order_.size()) + xfs + "</cellXfs>";
  out +=
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";
  return out;
}

std::string Workbook::finish(const Properties& props) {
  if (sheets_.size() != planned_) throw std::logic_error("Workbook: sheets added differ from those planned");
  std::string book = kXmlHead;
  book += fmt::format("<workbook xmlns=\"{}\" xmlns:r=\"{}\">", kMainNs, kRelNs);
  book += "<bookViews><workbookView/></bookViews><sheets>";
  for (size_t i = 0; i < sheets_.size(); ++i) {
    book += fmt::format("<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>", escaped(sheets_[i].name, true), i + 1,
                        i + 1);
  }
  book += "</sheets>";
  std::string names;
  for (size_t i = 0; i < sheets_.size(); ++i) {
    const SheetEntry& s = sheets_[i];
    if (s.repeat_first < 0) continue;
    names += fmt::format("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{}\">{}!${}:${}</definedName>", i,
                         escaped(excel_quoted(s.name, '\'')), s.repeat_first + 1, s.repeat_last + 1);
  }
  if (!names.empty()) book += "<definedNames>" + names + "</definedNames>";
  // Excel recomputes every formula on opening; the cached values serve the
  // readers that do not (LibreOffice by default, viewers, our own reader).
  book += "<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>";
  zip_->add("xl/workbook.xml", book);

  std::string rels = kXmlHead;
  rels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (size_t i = 0; i < sheets_.size(); ++i) {
    rels += fmt::format(
        "<Relationship Id=\"rId{}\" Type=\"{}/worksheet\" Target=\"worksheets/sheet{}.xml\"/>", i + 1, kRelNs, i + 1);
  }
  rels += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}/styles\" Target=\"styles.xml\"/></Relationships>",
                      sheets_.size() + 1, kRelNs);
  zip_->add("xl/_rels/workbook.xml.rels", rels);
  zip_->add("xl/styles.xml", styles_xml());

  std::string core = kXmlHead;
  core +=
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
  auto element = [&](const char* tag, const std::string& value) {
    if (!value.empty()) core += fmt::format("<{0}>{1}</{0}>", tag, escaped(value));
  };
  element("dc:title", props.title);
  element("dc:subject", props.subject);
  element("dc:creator", props.author);
  element("dc:description", props.comments);
  element("cp:lastModifiedBy", props.author);
  const std::string when = w3c_time(props.created);
  core += fmt::format(
      "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{0}</dcterms:created>"
      "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{0}</dcterms:modified></cp:coreProperties>",
      when);
  zip_->add("docProps/core.xml", core);

  std::string app = kXmlHead;
  app +=
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
      "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
      "<Application>vanban</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>";
  app += fmt::format(
      "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>"
      "</vt:variant><vt:variant><vt:i4>{}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
      "<TitlesOfParts><vt:vector size=\"{}\" baseType=\"lpstr\">",
      sheets_.size(), sheets_.size());
  for (const SheetEntry& s : sheets_) app += "<vt:lpstr>" + escaped(s.name) + "</vt:lpstr>";
  app +=
      "</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
      "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>";
  zip_->add("docProps/app.xml", app);
  return zip_->finish();
}

SheetWriter::SheetWriter(Workbook& book, const std::string& name, const SheetSetup& setup)
    : book_(book), setup_(setup) {
  const size_t index = book.sheets_.size();
  book.sheets_.push_back({name, setup.repeat_first, setup.repeat_last});
  book.zip_->begin(fmt::format("xl/worksheets/sheet{}.xml", index + 1));
  xml_ = kXmlHead;
  xml_ += fmt::format("<worksheet xmlns=\"{}\" xmlns:r=\"{}\">", kMainNs, kRelNs);
  xml_ += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1";
  if (setup.rows > 1 || setup.columns > 1) {
    xml_ += ':';
    append_ref(xml_, std::max(setup.rows, 1) - 1, std::max(setup.columns, 1) - 1);
  }
  xml_ += "\"/><sheetViews><sheetView";
  if (index == 0) xml_ += " tabSelected=\"1\"";
  xml_ += " workbookViewId=\"0\"";
  const int fr = setup.frozen_rows, fc = setup.frozen_columns;
  if (fr > 0 || fc > 0) {
    const char* pane = fr > 0 && fc > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight";
    xml_ += "><pane";
    if (fc > 0) xml_ += fmt::format(" xSplit=\"{}\"", fc);
    if (fr > 0) xml_ += fmt::format(" ySplit=\"{}\"", fr);
    xml_ += " topLeftCell=\"";
    append_ref(xml_, fr, fc);
    xml_ += fmt::format("\" activePane=\"{0}\" state=\"frozen\"/><selection pane=\"{0}\"/></sheetView>", pane);
  } else {
    xml_ += "/>";
  }
  xml_ += "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
  if (!setup.widths.empty()) {
    xml_ += "<cols>";
    for (size_t c = 0; c < setup.widths.size(); ++c) {
      xml_ += fmt::format("<col min=\"{0}\" max=\"{0}\" width=\"", c + 1);
      append_number(xml_, stored_width(setup.widths[c]));
      xml_ += "\" customWidth=\"1\"/>";
    }
    xml_ += "</cols>";
  }
  xml_ += "<sheetData>";
}

SheetWriter::~SheetWriter() {
  if (open_) {
    try {
      end();
    } catch (...) {
    }
  }
}

void SheetWriter::flush(bool all) {
  if (xml_.size() >= kFlushAt || (all && !xml_.empty())) {
    book_.zip_->write(xml_);
    xml_.clear();
  }
}

void SheetWriter::row(int r, double height) {
  if (row_ >= 0) xml_ += "</row>";
  flush(false);
  row_ = r;
  xml_ += "<row r=\"";
  append_int(xml_, r + 1);
  xml_ += '"';
  if (height > 0) {
    xml_ += " ht=\"";
    append_number(xml_, height);
    xml_ += "\" customHeight=\"1\"";
  }
  xml_ += '>';
}

void SheetWriter::cell_start(int c, int style, const char* type) {
  xml_ += "<c r=\"";
  append_ref(xml_, row_, c);
  xml_ += '"';
  if (style > 0) {
    xml_ += " s=\"";
    append_int(xml_, style);
    xml_ += '"';
  }
  if (type) {
    xml_ += " t=\"";
    xml_ += type;
    xml_ += '"';
  }
}

void SheetWriter::text(int c, std::string_view s, int style) {
  cell_start(c, style, "inlineStr");
  const bool keep = !s.empty() && (s.front() == ' ' || s.back() == ' ' || s.find_first_of("\n\t") != s.npos);
  xml_ += keep ? "><is><t xml:space=\"preserve\">" : "><is><t>";
  append_escaped(xml_, s);
  xml_ += "</t></is></c>";
}

void SheetWriter::number(int c, double v, int style) {
  cell_start(c, style, nullptr);
  xml_ += "><v>";
  append_number(xml_, v);
  xml_ += "</v></c>";
}

void SheetWriter::blank(int c, int style) {
  cell_start(c, style, nullptr);
  xml_ += "/>";
}

void SheetWriter::formula(int c, std::string_view f, double cached, int style) {
  cell_start(c, style, nullptr);
  xml_ += "><f>";
  append_escaped(xml_, f);
  xml_ += "</f><v>";
  append_number(xml_, cached);
  xml_ += "</v></c>";
}

void SheetWriter::formula(int c, std::string_view f, std::string_view cached, int style) {
  cell_start(c, style, "str");
  xml_ += "><f>";
  append_escaped(xml_, f);
  xml_ += "</f><v>";
  append_escaped(xml_, cached);
  xml_ += "</v></c>";
}

void SheetWriter::merge(int r1, int c1, int r2, int c2) {
  merges_ += "<mergeCell ref=\"";
  append_ref(merges_, r1, c1);
  merges_ += ':';
  append_ref(merges_, r2, c2);
  merges_ += "\"/>";
  ++merge_count_;
}

void SheetWriter::end() {
  open_ = false;
  if (row_ >= 0) xml_ += "</row>";
  xml_ += "</sheetData>";
  if (merge_count_) xml_ += fmt::format("<mergeCells count=\"{}\">", merge_count_) + merges_ + "</mergeCells>";
  xml_ += "<pageMargins left=\"";
  append_number(xml_, setup_.margin_left);
  xml_ += "\" right=\"";
  append_number(xml_, setup_.margin_right);
  xml_ += "\" top=\"";
  append_number(xml_, setup_.margin_top);
  xml_ += "\" bottom=\"";
  append_number(xml_, setup_.margin_bottom);
  xml_ += "\" header=\"0.3\" footer=\"0.3\"/>";
  xml_ += fmt::format("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"{}\"/>",
                      setup_.landscape ? "landscape" : "portrait");
  if (!setup_.footer.empty()) xml_ += "<headerFooter><oddFooter>" + escaped(setup_.footer) + "</oddFooter></headerFooter>";
  xml_ += "</worksheet>";
  flush(true);
  book_.zip_->end();
}

}  // namespace vanban::xlsx
