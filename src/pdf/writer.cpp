// Stage: pdf.
// PoDoFo 0.9.8 notes (docs/DESIGN.md): CreatePage() frees the previous page
// object, so each page is drawn and finished before the next is created, and
// pages are fetched again with GetPage(i) for the outline. Text goes through
// an Identity-H CID font so every Vietnamese letter survives.
#include "pdf/writer.hpp"

#include "core/libc_time.hpp"

#include <podofo/podofo.h>

#include <memory>
#include <mutex>

#include <array>
#include <vector>

namespace vanban::pdf {
namespace {

inline constexpr Message kPdfFailed{"io.pdf", "không tạo được tệp PDF: {}", "cannot create the PDF: {}"};

PoDoFo::PdfString utf8(const std::string& s) {
  return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(s.c_str()));
}

// "2023-03-28" → "D:20230328000000+07'00'" (Vietnam time).
std::string pdf_date(const std::string& iso) {
  if (iso.size() != 10) return {};
  return "D:" + iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2) + "000000+07'00'";
}

class Writer {
 public:
  Writer(const layout::LaidOutDocument& doc, const layout::FontSet& fonts) : doc_(doc), fonts_(fonts) {}

  std::string write() {
    // PoDoFo's document constructor stamps the current date through
    // localtime(), which is not thread-safe (found by ThreadSanitizer in
    // `vanban batch`); construction is serialized, the rest runs in parallel.
    std::unique_ptr<PoDoFo::PdfMemDocument> owned;
    {
      std::lock_guard<std::mutex> lock(libc_time_mutex());
      owned = std::make_unique<PoDoFo::PdfMemDocument>();
    }
    PoDoFo::PdfMemDocument& pdf = *owned;
    pdf.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
    for (size_t p = 0; p < doc_.pages.size(); ++p) draw_page(pdf, doc_.pages[p]);
    outline(pdf);
    info(pdf);
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    pdf.Write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
  }

 private:
  PoDoFo::PdfFont* font(PoDoFo::PdfMemDocument& pdf, layout::FontStyle style) {
    auto& slot = fonts_by_style_[static_cast<int>(style)];
    if (!slot) {
      bool bold = style == layout::FontStyle::bold || style == layout::FontStyle::bold_italic;
      bool italic = style == layout::FontStyle::italic || style == layout::FontStyle::bold_italic;
      const std::string path = fonts_.face(style).path.string();
      slot = pdf.CreateFontSubset(fonts_.family().c_str(), bold, italic, false,
                                  new PoDoFo::PdfIdentityEncoding(0, 0xffff, true), path.c_str());
      if (!slot) PODOFO_RAISE_ERROR_INFO(PoDoFo::ePdfError_InvalidHandle, ("cannot load font " + path).c_str());
    }
    return slot;
  }

  void draw_page(PoDoFo::PdfMemDocument& pdf, const layout::Page& page) {
    PoDoFo::PdfPage* p = pdf.CreatePage(PoDoFo::PdfRect(0, 0, page.width, page.height));
    PoDoFo::PdfPainter painter;
    painter.SetPage(p);
    painter.SetColor(0, 0, 0);
    painter.SetStrokingColor(0, 0, 0);
    for (const layout::Rule& r : page.rules) {
      painter.SetStrokeWidth(r.thickness);
      painter.DrawLine(r.x1, page.height - r.y1, r.x2, page.height - r.y2);
    }
    for (const layout::GlyphRun& run : page.runs) {
      PoDoFo::PdfFont* f = font(pdf, run.style);
      f->SetFontSize(static_cast<float>(run.size));
      f->SetUnderlined(run.underline);
      painter.SetFont(f);
      painter.DrawText(run.x, page.height - run.y, utf8(run.text));
      f->SetUnderlined(false);
    }
    painter.FinishPage();
  }

  void outline(PoDoFo::PdfMemDocument& pdf) {
    bool any = false;
    for (const auto& page : doc_.pages) any = any || !page.outline.empty();
    if (!any) return;
    PoDoFo::PdfOutlines* outlines = pdf.GetOutlines();
    std::string root_title = doc_.metadata.subject.empty() ? doc_.metadata.title : doc_.metadata.subject;
    PoDoFo::PdfOutlineItem* root = outlines->CreateRoot(utf8(root_title));
    root->SetDestination(PoDoFo::PdfDestination(pdf.GetPage(0), 0, doc_.pages[0].height, 0));
    // The last item created at each level, to hang children on.
    std::vector<PoDoFo::PdfOutlineItem*> stack{root};
    for (size_t p = 0; p < doc_.pages.size(); ++p) {
      const layout::Page& page = doc_.pages[p];
      for (const layout::OutlineEntry& e : page.outline) {
        PoDoFo::PdfDestination dest(pdf.GetPage(static_cast<int>(p)), 0, page.height - e.y + 4, 0);
        size_t level = static_cast<size_t>(std::max(1, e.level));
        while (stack.size() > level) stack.pop_back();
        while (stack.size() < level) stack.push_back(stack.back());  // a skipped level hangs on the nearest parent
        PoDoFo::PdfOutlineItem* parent = stack.back();
        PoDoFo::PdfOutlineItem* item = nullptr;
        if (parent->First()) {
          PoDoFo::PdfOutlineItem* last = parent->Last();
          item = last->CreateNext(utf8(e.title), dest);
        } else {
          item = parent->CreateChild(utf8(e.title), dest);
        }
        stack.push_back(item);
      }
    }
  }

  void info(PoDoFo::PdfMemDocument& pdf) {
    const layout::Metadata& m = doc_.metadata;
    PoDoFo::PdfInfo* info = pdf.GetInfo();
    if (!m.title.empty()) info->SetTitle(utf8(m.title));
    if (!m.author.empty()) info->SetAuthor(utf8(m.author));
    if (!m.subject.empty()) info->SetSubject(utf8(m.subject));
    if (!m.keywords.empty()) info->SetKeywords(utf8(m.keywords));
    if (!m.creator.empty()) info->SetCreator(utf8(m.creator));
    PoDoFo::PdfDictionary& dict = info->GetObject()->GetDictionary();
    std::string date = pdf_date(m.date);
    if (date.empty()) {
      // No date (e-office mode): no timestamp at all rather than "now".
      dict.RemoveKey(PoDoFo::PdfName("CreationDate"));
      dict.RemoveKey(PoDoFo::PdfName("ModDate"));
    } else {
      info->SetCustomKey(PoDoFo::PdfName("CreationDate"), PoDoFo::PdfString(date));
      info->SetCustomKey(PoDoFo::PdfName("ModDate"), PoDoFo::PdfString(date));
    }
  }

  const layout::LaidOutDocument& doc_;
  const layout::FontSet& fonts_;
  std::array<PoDoFo::PdfFont*, 4> fonts_by_style_{};
};

}  // namespace

std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, const layout::FontSet& fonts,
                                     Diagnostics& diags) {
  try {
    Writer writer(doc, fonts);
    return writer.write();
  } catch (const PoDoFo::PdfError& e) {
    diags.add(make_error({}, kPdfFailed, PoDoFo::PdfError::ErrorMessage(e.GetError())));
  } catch (const std::exception& e) {
    diags.add(make_error({}, kPdfFailed, e.what()));
  }
  return std::nullopt;
}

}  // namespace vanban::pdf
