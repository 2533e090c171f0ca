// Real PDFs checked with the tools a reader would use: pdffonts, qpdf, pdftotext, pdfinfo; and PoDoFo reading back.
#include "data/load.hpp"
#include "document/build.hpp"
#include "layout/layout.hpp"
#include "locale/text.hpp"
#include "pdf/writer.hpp"
#include "template/template_folder.hpp"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <podofo/podofo.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace vanban;

namespace {

const layout::FontSet& fonts() {
  static const layout::FontSet set = [] {
    Diagnostics diags;
    auto f = layout::FontSet::load(std::filesystem::path(VANBAN_SOURCE_DIR) / "fonts/fonts.yaml", diags);
    if (!f) throw std::runtime_error("fonts-liberation2 is not installed");
    return *f;
  }();
  return set;
}

document::Document build(const std::filesystem::path& template_dir, const std::filesystem::path& data_file) {
  Diagnostics diags;
  auto tpl = tmpl::load_template(template_dir, diags);
  auto data = data::load_all({data_file}, diags);
  REQUIRE(tpl);
  REQUIRE(data);
  auto doc = document::build_document(*tpl, nullptr, *data, {}, diags);
  REQUIRE(doc);
  return *doc;
}

document::Document notice() {
  const std::filesystem::path root(VANBAN_SOURCE_DIR);
  return build(root / "templates/thong-bao", root / "samples/thong-bao.yaml");
}

document::Document report() {
  const std::filesystem::path cases = std::filesystem::path(VANBAN_TEST_DATA) / "cli/cases/render-report-layout";
  return build(cases / "bao-cao-thu", cases / "du-lieu.yaml");
}

struct Rendered {
  layout::LaidOutDocument laid;
  std::string bytes;
  std::filesystem::path path;
};

Rendered render(const document::Document& doc, const std::string& name) {
  Rendered r;
  Diagnostics diags;
  layout::LayoutOptions options;
  options.creator = "vanban 0.1.0";
  r.laid = layout::lay_out(doc, fonts(), options, diags);
  REQUIRE_FALSE(diags.has_errors());
  auto bytes = pdf::write_pdf(r.laid, fonts(), diags);
  REQUIRE(bytes);
  r.bytes = *bytes;
  r.path = std::filesystem::temp_directory_path() / ("vanban-test-" + name + "-" + std::to_string(::getpid()) + ".pdf");
  std::ofstream(r.path, std::ios::binary) << r.bytes;
  return r;
}

// Runs a command; returns its stdout and sets `status`.
std::string run(const std::string& command, int& status) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  REQUIRE(p);
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int rc = ::pclose(p);
  status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

std::string collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

// pdftotext of one page, page-number line dropped, whitespace collapsed.
std::string page_text(const std::filesystem::path& pdf, size_t page) {
  int status = 0;
  std::string raw = run("pdftotext -enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                            pdf.string() + "' -",
                        status);
  REQUIRE(status == 0);
  std::istringstream in(raw);
  std::string line, kept;
  while (std::getline(in, line)) {
    if (!line.empty() && line.find_first_not_of("0123456789 \f") == std::string::npos) continue;
    kept += line + "\n";
  }
  return collapse(kept);
}

std::string paragraph_text(const document::Block& b) {
  std::string s = b.kind == document::Block::Kind::list_item ? (b.level >= 2 ? "+ " : "- ") : "";
  for (const auto& in : b.inlines) {
    if (in.kind == document::Inline::Kind::text) s += in.text;
  }
  return collapse(locale::nfc(s));
}

}  // namespace

TEST_CASE("every font is an embedded subset with a ToUnicode map", "[pdf]") {
  for (auto r : {render(notice(), "fonts-notice"), render(report(), "fonts-report")}) {
    int status = 0;
    std::string out = run("pdffonts '" + r.path.string() + "'", status);
    REQUIRE(status == 0);
    std::istringstream in(out);
    std::string line;
    int fonts_seen = 0;
    while (std::getline(in, line)) {
      if (line.find("LiberationSerif") == std::string::npos) continue;
      ++fonts_seen;
      INFO(line);
      CHECK(line.find("CID TrueType") != std::string::npos);
      CHECK(line.find("Identity-H") != std::string::npos);
      CHECK(line.find("yes yes yes") != std::string::npos);
    }
    CHECK(fonts_seen >= 3);
    std::filesystem::remove(r.path);
  }
}

TEST_CASE("qpdf finds no error", "[pdf]") {
  for (auto r : {render(notice(), "qpdf-notice"), render(report(), "qpdf-report")}) {
    int status = 0;
    std::string out = run("qpdf --check '" + r.path.string() + "' 2>&1", status);
    INFO(out);
    CHECK(status == 0);
    CHECK(out.find("No syntax or stream encoding errors") != std::string::npos);
    std::filesystem::remove(r.path);
  }
}

TEST_CASE("pdftotext returns the exact text of every paragraph of the notice", "[pdf]") {
  auto doc = notice();
  auto r = render(doc, "text");
  std::string all;
  for (size_t p = 1; p <= r.laid.pages.size(); ++p) all += page_text(r.path, p) + " ";
  for (const auto& b : doc.body) {
    if (b.inlines.empty()) continue;
    std::string want = paragraph_text(b);
    INFO(want);
    CHECK(all.find(want) != std::string::npos);
  }
  CHECK(all.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
  CHECK(all.find("Số: 90/TB-UBND") != std::string::npos);
  CHECK(all.find("Hà Tĩnh, ngày 28 tháng 3 năm 2023") != std::string::npos);
  CHECK(all.find("Nguyễn Duy Nghị") != std::string::npos);
  std::filesystem::remove(r.path);
}

TEST_CASE("every run of the report, footnotes included, comes back from pdftotext on its page", "[pdf]") {
  auto r = render(report(), "runs");
  for (size_t p = 0; p < r.laid.pages.size(); ++p) {
    std::string text = page_text(r.path, p + 1);
    for (const auto& run : r.laid.pages[p].runs) {
      if (run.y < 50) continue;  // the page number
      INFO("page " << p + 1 << ": " << run.text);
      CHECK(text.find(collapse(run.text)) != std::string::npos);
    }
  }
  std::filesystem::remove(r.path);
}

TEST_CASE("document info, CreationDate from the document date, and an outline from the headings", "[pdf]") {
  auto r = render(report(), "info");
  int status = 0;
  std::string info = run("pdfinfo -isodates '" + r.path.string() + "'", status);
  REQUIRE(status == 0);
  auto field = [&](const std::string& key) {
    auto at = info.find(key + ":");
    if (at == std::string::npos) return std::string();
    auto end = info.find('\n', at);
    return collapse(info.substr(at + key.size() + 1, end - at - key.size() - 1));
  };
  CHECK(field("Title") ==
        "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới 8 tháng đầu năm 2023");
  CHECK(field("Author") == "Ủy ban nhân dân tỉnh Hà Tĩnh");
  CHECK(field("Subject") == "BÁO CÁO");
  CHECK(field("Keywords") == "07/BC-UBND");
  CHECK(field("Creator") == "vanban 0.1.0");
  CHECK(field("CreationDate") == "2023-09-05T00:00:00+07");

  PoDoFo::PdfMemDocument pdf;
  pdf.Load(r.path.c_str());
  PoDoFo::PdfOutlines* outlines = pdf.GetOutlines(false);
  REQUIRE(outlines);
  PoDoFo::PdfOutlineItem* root = outlines->First();
  REQUIRE(root);
  CHECK(root->GetTitle().GetStringUtf8() == "BÁO CÁO");
  PoDoFo::PdfOutlineItem* part = root->First();
  REQUIRE(part);
  CHECK(part->GetTitle().GetStringUtf8() == "I. KẾT QUẢ THỰC HIỆN");
  REQUIRE(part->First());
  CHECK(part->First()->GetTitle().GetStringUtf8() == "1. Công tác chỉ đạo, điều hành");
  REQUIRE(part->Next());
  CHECK(part->Next()->GetTitle().GetStringUtf8() == "II. NHIỆM VỤ THỜI GIAN TỚI");
  std::filesystem::remove(r.path);
}

TEST_CASE("the same input gives byte-identical files", "[pdf]") {
  auto a = render(notice(), "same-a");
  auto b = render(notice(), "same-b");
  CHECK(a.bytes == b.bytes);
  std::filesystem::remove(a.path);
  std::filesystem::remove(b.path);
}

TEST_CASE("pages written as layout hands them over make the same file as pages kept", "[pdf]") {
  const document::Document doc = report();
  const Rendered kept = render(doc, "stream-kept");
  Diagnostics diags;
  layout::LayoutOptions options;
  options.creator = "vanban 0.1.0";
  pdf::PageWriter writer(fonts());
  size_t seen = 0;
  const layout::Metadata metadata = layout::lay_out(doc, fonts(), options, diags, [&](layout::Page&& page) {
    CHECK(writer.pages() == seen++);  // each page is written before the next is laid out
    writer.add(page);
  });
  REQUIRE_FALSE(diags.has_errors());
  CHECK(writer.pages() == kept.laid.pages.size());
  auto bytes = writer.finish(metadata, diags);
  REQUIRE(bytes);
  CHECK(*bytes == kept.bytes);
  std::filesystem::remove(kept.path);

  // Written into a scratch file as it grows (render does so past 1 MB): the
  // same bytes, read back through the output file they are copied into.
  int error = 0;
  std::optional<ScratchFile> scratch = ScratchFile::create(std::filesystem::temp_directory_path(), error);
  REQUIRE(scratch);
  pdf::PageWriter spilling(fonts());
  spilling.spill_to(*scratch, 0);
  layout::lay_out(doc, fonts(), options, diags, [&](layout::Page&& page) { spilling.add(page); });
  auto rest = spilling.finish(metadata, diags);
  REQUIRE(rest);
  CHECK(rest->empty());
  CHECK(spilling.spilled());
  CHECK(scratch->size() == kept.bytes.size());
  const auto copy = std::filesystem::temp_directory_path() / "vanban-spilled.pdf";
  AtomicFile out(copy);
  REQUIRE_FALSE(out.open());
  REQUIRE_FALSE(scratch->copy_to(out));
  REQUIRE_FALSE(out.commit());
  std::ifstream in(copy, std::ios::binary);
  std::string back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(back == kept.bytes);
  std::filesystem::remove(copy);

  // A scratch file that cannot be written (here: opened for reading only; a
  // full disk in life): the PDF is not made, and the message names the folder.
  ScratchFile unwritable(::open("/dev/null", O_RDONLY), 0, "/thu-muc-tam");
  pdf::PageWriter failing(fonts());
  failing.spill_to(unwritable, 0);
  layout::lay_out(doc, fonts(), options, diags, [&](layout::Page&& page) { failing.add(page); });
  Diagnostics failed;
  CHECK_FALSE(failing.finish(metadata, failed));
  REQUIRE(failed.error_count() == 1);
  CHECK(failed.items()[0].id == "io.pdf_scratch");
  CHECK(failed.items()[0].text(Lang::vi).find("/thu-muc-tam") != std::string::npos);

  pdf::PageWriter empty(fonts());
  CHECK_FALSE(empty.finish(metadata, diags));
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.items()[0].id == "io.pdf");
}

namespace {

// Dark pixels of page 1 rendered by pdftoppm at 150 dpi, grey.
long ink(const layout::LaidOutDocument& laid, const std::string& name) {
  Diagnostics diags;
  auto bytes = pdf::write_pdf(laid, fonts(), diags);
  REQUIRE(bytes);
  const auto base = std::filesystem::temp_directory_path() / ("vanban-ink-" + name + "-" + std::to_string(::getpid()));
  std::ofstream(base.string() + ".pdf", std::ios::binary) << *bytes;
  int status = 0;
  run("pdftoppm -r 150 -gray -singlefile '" + base.string() + ".pdf' '" + base.string() + "'", status);
  REQUIRE(status == 0);
  std::ifstream in(base.string() + ".pgm", std::ios::binary);
  std::string magic;
  int w = 0, h = 0, max = 0;
  in >> magic >> w >> h >> max;
  in.get();
  std::string pixels((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(base.string() + ".pdf");
  std::filesystem::remove(base.string() + ".pgm");
  REQUIRE(static_cast<long>(pixels.size()) == static_cast<long>(w) * h);
  long dark = 0;
  for (char c : pixels) dark += static_cast<unsigned char>(c) < 128;
  return dark;
}

layout::LaidOutDocument one_line(const std::string& text, layout::FontStyle style) {
  layout::LaidOutDocument laid;
  laid.pages.emplace_back();
  layout::GlyphRun run;
  run.x = 100;
  run.y = 200;
  run.size = 40;
  run.style = style;
  run.text = text;
  run.width = fonts().width(text, style, run.size);
  laid.pages[0].runs.push_back(run);
  return laid;
}

}  // namespace

TEST_CASE("subset glyphs draw: a composed Vietnamese letter keeps its base letter and marks", "[pdf]") {
  // In Liberation Serif "ệ", "ữ", "Ở" are composite glyphs built from "e", "ư", "O" and marks;
  // a subset that kept the composite but not its parts would draw only the marks, or nothing.
  for (auto style : {layout::FontStyle::regular, layout::FontStyle::bold_italic}) {
    const long base = ink(one_line("eưO", style), "base");
    const long composed = ink(one_line("ệữỞ", style), "composed");
    CHECK(base > 500);
    CHECK(composed > base);
  }
}

TEST_CASE("the embedded font is a subset: much smaller than the font file", "[pdf]") {
  auto r = render(notice(), "subset-size");
  const auto file_size = std::filesystem::file_size(fonts().face(layout::FontStyle::regular).path);
  // Four faces embedded in a 4-page notice take less than one whole face.
  CHECK(r.bytes.size() < file_size);
  std::filesystem::remove(r.path);
}

TEST_CASE("an expanded run draws its glyphs 2 % further apart and still reads back as the same word", "[pdf]") {
  // Layout's font expansion: a justified line's glyph advances scaled by
  // run.scale. The PDF keeps the size (what a reader measures) and the font's
  // widths, and moves each glyph by TJ adjustments; pdftotext must see one
  // word as wide as layout placed it (less the adjustment after the last glyph,
  // which moves nothing: the next run has its own position).
  const std::string word = "834/QĐ-UBND";
  for (double scale : {1.02, 0.98}) {
    auto laid = one_line(word, layout::FontStyle::regular);
    layout::GlyphRun& glyphs = laid.pages[0].runs[0];
    glyphs.scale = scale;
    glyphs.width *= scale;
    Diagnostics diags;
    auto bytes = pdf::write_pdf(laid, fonts(), diags);
    REQUIRE(bytes);
    const auto path = std::filesystem::temp_directory_path() / ("vanban-expand-" + std::to_string(::getpid()) + ".pdf");
    std::ofstream(path, std::ios::binary) << *bytes;
    int status = 0;
    std::string html = run("pdftotext -bbox -enc UTF-8 '" + path.string() + "' -", status);
    REQUIRE(status == 0);
    std::filesystem::remove(path);
    INFO(html);
    const size_t at = html.find(">" + word + "</word>");
    REQUIRE(at != std::string::npos);
    const size_t open = html.rfind("<word", at);
    double x_min = 0, x_max = 0;
    REQUIRE(std::sscanf(html.c_str() + html.find("xMin=", open), "xMin=\"%lf\"", &x_min) == 1);
    REQUIRE(std::sscanf(html.c_str() + html.find("xMax=", open), "xMax=\"%lf\"", &x_max) == 1);
    const double last = fonts().width("D", layout::FontStyle::regular, glyphs.size);
    CHECK(x_min == Approx(glyphs.x).margin(0.05));
    CHECK(x_max - x_min == Approx(glyphs.width - (scale - 1) * last).margin(0.05));
    CHECK(std::fabs(x_max - x_min - fonts().width(word, layout::FontStyle::regular, glyphs.size)) > 3);  // not drawn at its natural width
  }
}

TEST_CASE("a character without a glyph is an error, never a silent gap in the text", "[pdf]") {
  // Layout refuses such text in paragraphs; the writer is the last line of
  // defence for anything else that hands it a run.
  layout::Page page;
  layout::GlyphRun run;
  run.x = 72;
  run.y = 72;
  run.text = "Hà \xE6\xBC\xA2 Tĩnh \xE6\xBC\xA2";  // 漢 twice: reported once
  page.runs.push_back(run);
  pdf::PageWriter writer(fonts());
  writer.add(page);
  Diagnostics diags;
  CHECK_FALSE(writer.finish({}, diags));
  REQUIRE(diags.items().size() == 1);
  const Diagnostic& d = diags.items()[0];
  CHECK(d.id == "pdf.missing_glyph");
  CHECK(d.text(Lang::vi).find("không có ký tự `\xE6\xBC\xA2` (U+6F22), trang 1") != std::string::npos);
  CHECK(d.text(Lang::en).find("has no glyph for `\xE6\xBC\xA2` (U+6F22), page 1") != std::string::npos);

  // Tabs are spacing, never drawn: not an error.
  layout::Page tabbed;
  run.text = "Hà\tTĩnh";
  tabbed.runs.push_back(run);
  pdf::PageWriter ok(fonts());
  ok.add(tabbed);
  Diagnostics none;
  CHECK(ok.finish({}, none));
  CHECK(none.empty());
}
