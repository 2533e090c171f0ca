// Stage: docx (import).
// WordprocessingML as ECMA-376 Part 1 §17 describes it; only what a clerk's draft uses is read.
#include "docx/read_package.hpp"

#include "data/zip_package.hpp"
#include "docx/import_messages.hpp"
#include "docx/legacy_fonts.hpp"
#include "docx/numbering.hpp"
#include "locale/text.hpp"

#include <pugixml.hpp>

#include <cstring>
#include <map>
#include <set>

namespace vanban::docx {
namespace {

constexpr int kMaxDepth = 32;  // tables in tables, content controls in content controls

// Run properties as far as the importer cares.
struct RunStyle {
  bool bold = false, italic = false, underline = false, superscript = false;
  std::string font;
};

bool on_off(const pugi::xml_node& n) {
  if (!n) return false;
  std::string_view v = n.attribute("w:val").value();
  return !(v == "0" || v == "false" || v == "off" || v == "none");
}

void apply_rpr(const pugi::xml_node& rpr, RunStyle& s) {
  if (!rpr) return;
  if (auto b = rpr.child("w:b")) s.bold = on_off(b);
  if (auto i = rpr.child("w:i")) s.italic = on_off(i);
  if (auto u = rpr.child("w:u")) s.underline = on_off(u);
  if (auto v = rpr.child("w:vertAlign")) s.superscript = std::string_view(v.attribute("w:val").value()) == "superscript";
  if (auto f = rpr.child("w:rFonts")) {
    const char* name = f.attribute("w:ascii").value();
    if (!*name) name = f.attribute("w:hAnsi").value();
    if (*name) s.font = name;
  }
}

// Paragraph styles: their run properties and list numbering, following basedOn.
struct Styles {
  std::map<std::string, pugi::xml_node> by_id;
  RunStyle run_defaults;

  RunStyle run_style(const std::string& id, int depth = 0) const {
    auto it = by_id.find(id);
    if (it == by_id.end() || depth > kMaxDepth) return run_defaults;
    RunStyle s = run_style(it->second.child("w:basedOn").attribute("w:val").value(), depth + 1);
    apply_rpr(it->second.child("w:rPr"), s);
    return s;
  }
  pugi::xml_node num_pr(const std::string& id, int depth = 0) const {
    auto it = by_id.find(id);
    if (it == by_id.end() || depth > kMaxDepth) return {};
    if (auto n = it->second.child("w:pPr").child("w:numPr")) return n;
    return num_pr(it->second.child("w:basedOn").attribute("w:val").value(), depth + 1);
  }
};

std::string excerpt_of(const Paragraph& p) {
  std::string t = p.text();
  size_t cut = 0, chars = 0;
  while (cut < t.size() && chars < 40) {
    unsigned char c = static_cast<unsigned char>(t[cut]);
    cut += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++chars;
  }
  return cut < t.size() ? t.substr(0, std::min(cut, t.size())) + "…" : t;
}

bool is_tracked_change(std::string_view name) {
  return name == "w:ins" || name == "w:del" || name == "w:moveFrom" || name == "w:moveTo" ||
         name == "w:rPrChange" || name == "w:pPrChange" || name == "w:sectPrChange" || name == "w:tblPrChange" ||
         name == "w:trPrChange" || name == "w:tcPrChange" || name == "w:numberingChange" || name == "w:cellIns" ||
         name == "w:cellDel";
}

class Reader {
 public:
  Reader(const Styles& styles, Numbering& numbering, const SourcePos& at, Diagnostics& diags)
      : styles_(styles), numbering_(numbering), at_(at), diags_(diags) {}

  std::vector<Item> body(const pugi::xml_node& body) {
    std::vector<Item> out;
    block_content(body, out, 0);
    return out;
  }

  std::vector<Paragraph> footnote(const pugi::xml_node& fn) {
    std::vector<Item> items;
    block_content(fn, items, 0);
    std::vector<Paragraph> out;
    for (auto& i : items) {
      if (!i.is_table) out.push_back(std::move(i.paragraph));
    }
    return out;
  }

  // Footnote references seen, in order: w:id of each.
  std::vector<std::string> footnote_ids;

 private:
  void block_content(const pugi::xml_node& parent, std::vector<Item>& out, int depth) {
    if (depth > kMaxDepth) {
      too_deep();
      return;
    }
    for (pugi::xml_node n : parent.children()) {
      std::string_view name = n.name();
      if (name == "w:p") {
        Item it;
        it.paragraph = paragraph(n, depth);
        out.push_back(std::move(it));
      } else if (name == "w:tbl") {
        Item it;
        it.is_table = true;
        it.table = table(n, depth + 1);
        out.push_back(std::move(it));
      } else if (name == "w:sdt") {
        block_content(n.child("w:sdtContent"), out, depth + 1);
      } else if (name == "w:customXml" || name == "w:moveTo" || name == "w:ins") {
        block_content(n, out, depth + 1);
      }
    }
  }

  Table table(const pugi::xml_node& tbl, int depth) {
    Table t;
    t.first_paragraph = paragraphs_ + 1;
    for (pugi::xml_node g : tbl.child("w:tblGrid").children("w:gridCol")) t.grid.push_back(std::max(0, g.attribute("w:w").as_int()));
    t.caption = tbl.child("w:tblPr").child("w:tblCaption").attribute("w:val").as_string();
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      std::vector<Cell> row;
      for (pugi::xml_node tc : tr.children()) {
        std::string_view name = tc.name();
        if (name == "w:sdt") tc = tc.child("w:sdtContent").child("w:tc");
        else if (name != "w:tc") continue;
        Cell c;
        pugi::xml_node pr = tc.child("w:tcPr");
        c.span = std::max(1, std::min(64, pr.child("w:gridSpan").attribute("w:val").as_int(1)));
        if (pugi::xml_node vm = pr.child("w:vMerge")) {
          c.vmerge = std::string_view(vm.attribute("w:val").value()) == "restart" ? VMerge::restart : VMerge::cont;
        }
        std::vector<Item> items;
        block_content(tc, items, depth + 1);
        for (auto& i : items) {
          if (!i.is_table) {
            c.paragraphs.push_back(std::move(i.paragraph));
            continue;
          }
          // A table in a cell: its text, paragraph by paragraph.
          diags_.add(make_warning(at_, msg::kDocxNestedTable, t.first_paragraph));
          for (auto& r : i.table.rows) {
            for (auto& cc : r) {
              for (auto& p : cc.paragraphs) c.paragraphs.push_back(std::move(p));
            }
          }
        }
        row.push_back(std::move(c));
      }
      t.header_rows.push_back(on_off(tr.child("w:trPr").child("w:tblHeader")));
      t.rows.push_back(std::move(row));
    }
    return t;
  }

  Paragraph paragraph(const pugi::xml_node& p, int depth) {
    Paragraph out;
    out.index = ++paragraphs_;
    pugi::xml_node ppr = p.child("w:pPr");
    std::string style = ppr.child("w:pStyle").attribute("w:val").value();
    std::string_view jc = ppr.child("w:jc").attribute("w:val").value();
    out.centred = jc == "center";
    out.right = jc == "right" || jc == "end";
    RunStyle base = styles_.run_style(style);
    pugi::xml_node num = ppr.child("w:numPr");
    if (!num) num = styles_.num_pr(style);
    if (num) {
      int id = num.child("w:numId").attribute("w:val").as_int();
      int level = num.child("w:ilvl").attribute("w:val").as_int();
      if (auto label = numbering_.next(id, level)) {
        // The label takes the paragraph mark's run properties, then its level's.
        RunStyle mark = base;
        apply_rpr(ppr.child("w:rPr"), mark);
        out.label = label->text;
        out.bullet = label->bullet;
        out.label_bold = label->bold || mark.bold;
        out.list_level = level;
      }
    }
    warned_.clear();
    inline_content(p, base, out, depth);
    flush_warnings(out);
    return out;
  }

  void warn_once(const Message& m, const std::string& extra = "") {
    if (warned_.count(std::string(m.id) + extra)) return;
    warned_.insert(std::string(m.id) + extra);
    pending_warnings_.push_back({&m, extra});
  }

 public:
  // Warnings name the paragraph with its text, known only once it is read whole.
  void flush_warnings(const Paragraph& p) {
    for (const auto& [m, extra] : pending_warnings_) {
      if (extra.empty()) diags_.add(make_warning(at_, runtime_message(*m), p.index, excerpt_of(p)));
      else diags_.add(make_warning(at_, runtime_message(*m), p.index, excerpt_of(p), extra));
    }
    pending_warnings_.clear();
  }

 private:
  void inline_content(const pugi::xml_node& parent, const RunStyle& base, Paragraph& out, int depth) {
    if (depth > kMaxDepth) {
      too_deep();
      return;
    }
    for (pugi::xml_node n : parent.children()) {
      std::string_view name = n.name();
      if (name == "w:r") {
        run(n, base, out);
      } else if (name == "w:hyperlink" || name == "w:smartTag" || name == "w:customXml" || name == "w:ins" ||
                 name == "w:moveTo" || name == "w:fldSimple" || name == "w:bdo" || name == "w:dir") {
        if (name == "w:fldSimple") field(n.attribute("w:instr").value());
        inline_content(n, base, out, depth + 1);
      } else if (name == "w:sdt") {
        inline_content(n.child("w:sdtContent"), base, out, depth + 1);
      } else if (name == "w:commentRangeStart") {
        warn_once(msg::kDocxComment);
      } else if (name == "mc:AlternateContent") {
        warn_once(msg::kDocxImage);
      }
      // w:del, w:moveFrom: deleted text (accepted changes drop it); w:pPr, bookmarks, proofing marks: nothing to read.
    }
  }

  void field(std::string_view instr) {
    size_t a = instr.find_first_not_of(' ');
    if (a == std::string_view::npos) return;
    instr.remove_prefix(a);
    std::string word(instr.substr(0, instr.find(' ')));
    if (word == "PAGE" || word == "NUMPAGES" || word == "SECTIONPAGES") return;
    warn_once(msg::kDocxField, word);
  }

  void run(const pugi::xml_node& r, const RunStyle& base, Paragraph& out) {
    RunStyle s = base;
    std::string rstyle = r.child("w:rPr").child("w:rStyle").attribute("w:val").value();
    if (!rstyle.empty()) {
      RunStyle cs = styles_.run_style(rstyle);
      if (cs.bold) s.bold = true;
      if (cs.italic) s.italic = true;
      if (cs.superscript) s.superscript = true;
    }
    apply_rpr(r.child("w:rPr"), s);
    LegacyFont legacy = legacy_font(s.font);
    auto add_text = [&](std::string_view text) {
      if (in_field_code_) return;
      Run x;
      x.text = legacy == LegacyFont::none ? locale::nfc(text) : from_legacy(text, legacy);
      x.bold = s.bold;
      x.italic = s.italic;
      x.underline = s.underline;
      x.superscript = s.superscript;
      if (!out.runs.empty() && !out.runs.back().line_break && out.runs.back().footnote < 0 &&
          out.runs.back().bold == x.bold && out.runs.back().italic == x.italic &&
          out.runs.back().underline == x.underline && out.runs.back().superscript == x.superscript) {
        out.runs.back().text += x.text;
      } else {
        out.runs.push_back(std::move(x));
      }
    };
    for (pugi::xml_node c : r.children()) {
      std::string_view name = c.name();
      if (name == "w:t") {
        add_text(c.text().get());
      } else if (name == "w:tab" || name == "w:ptab") {
        add_text(" ");
      } else if (name == "w:noBreakHyphen") {
        add_text("-");
      } else if (name == "w:sym") {
        add_text(" ");
      } else if (name == "w:br" || name == "w:cr") {
        std::string_view type = c.attribute("w:type").value();
        if (type == "page" || type == "column" || in_field_code_) continue;
        Run x;
        x.line_break = true;
        out.runs.push_back(x);
      } else if (name == "w:footnoteReference") {
        Run x;
        x.footnote = static_cast<int>(footnote_ids.size());
        footnote_ids.emplace_back(c.attribute("w:id").value());
        out.runs.push_back(x);
      } else if (name == "w:drawing" || name == "w:pict" || name == "w:object") {
        bool box = c.find_node([](const pugi::xml_node& k) { return std::strcmp(k.name(), "w:txbxContent") == 0; });
        warn_once(box ? msg::kDocxTextBox : msg::kDocxImage);
      } else if (name == "w:commentReference") {
        warn_once(msg::kDocxComment);
      } else if (name == "w:fldChar") {
        std::string_view type = c.attribute("w:fldCharType").value();
        if (type == "begin") {
          in_field_code_ = true;
          instr_.clear();
        } else if (type == "separate" || type == "end") {
          if (in_field_code_) field(instr_);
          in_field_code_ = false;
        }
      } else if (name == "w:instrText") {
        instr_ += c.text().get();
      }
    }
  }

  void too_deep() {
    if (!deep_reported_) diags_.add(make_error(at_, msg::kDocxTooDeep, kMaxDepth));
    deep_reported_ = true;
  }

  const Styles& styles_;
  Numbering& numbering_;
  SourcePos at_;
  Diagnostics& diags_;
  int paragraphs_ = 0;
  bool in_field_code_ = false;
  bool deep_reported_ = false;
  std::string instr_;
  std::set<std::string> warned_;
  std::vector<std::pair<const Message*, std::string>> pending_warnings_;
};

// The first tracked change, counting them all; 0 when there are none.
int count_changes(const pugi::xml_node& root, int& first_paragraph) {
  int count = 0, paragraphs = 0;
  first_paragraph = 0;
  struct Walker : pugi::xml_tree_walker {
    int* count;
    int* paragraphs;
    int* first;
    bool for_each(pugi::xml_node& n) override {
      std::string_view name = n.name();
      if (name == "w:p") ++*paragraphs;
      if (is_tracked_change(name)) {
        if (*count == 0) *first = std::max(1, *paragraphs);
        ++*count;
      }
      return true;
    }
  } w;
  w.count = &count;
  w.paragraphs = &paragraphs;
  w.first = &first_paragraph;
  pugi::xml_node r = root;
  r.traverse(w);
  return count;
}

// OLE compound file (Word 97 .doc, or an encrypted OOXML package): D0 CF 11 E0 A1 B1 1A E1.
bool is_ole(std::string_view b) { return b.size() >= 8 && b.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"; }

// An encrypted .docx is an OLE file holding the streams `EncryptionInfo` and
// `EncryptedPackage`; their names are stored in UTF-16LE in the directory.
bool has_utf16_name(std::string_view b, std::string_view name) {
  std::string wide;
  for (char c : name) {
    wide += c;
    wide += '\0';
  }
  return b.find(wide) != std::string_view::npos;
}

}  // namespace

std::optional<Package> read_package(std::string_view bytes, const std::shared_ptr<const std::string>& file,
                                    const ReadOptions& options, Diagnostics& diags) {
  const SourcePos at = make_pos(file, 0, 0);
  if (is_ole(bytes)) {
    if (has_utf16_name(bytes, "EncryptionInfo") || has_utf16_name(bytes, "EncryptedPackage")) {
      diags.add(with_hint(make_error(at, msg::kDocxEncrypted), msg::kDocxEncryptedHint));
    } else {
      diags.add(with_hint(make_error(at, msg::kDocxIsDoc), msg::kDocxIsDocHint));
    }
    return std::nullopt;
  }
  auto zip = data::ZipPackage::open(bytes, options.max_unpacked);
  if (!zip) {
    diags.add(make_error(at, msg::kDocxNotZip));
    return std::nullopt;
  }
  if (auto mime = zip->read("mimetype"); mime && mime->rfind("application/vnd.oasis.opendocument", 0) == 0) {
    diags.add(with_hint(make_error(at, msg::kDocxIsOdt, *mime), msg::kDocxIsOdtHint));
    return std::nullopt;
  }
  // Parses one part; absent parts are empty documents. False on a refusal (already reported).
  auto parse = [&](const std::string& name, pugi::xml_document& doc, bool required) {
    auto text = zip->read(name);
    if (zip->too_big()) {
      diags.add(make_error(at, msg::kDocxTooBig, options.max_unpacked >> 20));
      return false;
    }
    if (!text) {
      if (required) diags.add(make_error(at, msg::kDocxNoDocument));
      return !required;
    }
    // pugixml never expands a DTD's entities, but a part with a DTD is no Word part: say so.
    if (text->find("<!DOCTYPE") != std::string::npos || text->find("<!ENTITY") != std::string::npos) {
      diags.add(make_error(at, msg::kDocxDoctype, name));
      return false;
    }
    pugi::xml_parse_result res = doc.load_buffer(text->data(), text->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!res) {
      diags.add(make_error(at, msg::kDocxBadXml, name, res.description()));
      return false;
    }
    return true;
  };
  pugi::xml_document document, numbering_doc, styles_doc, footnotes_doc;
  if (!parse("word/document.xml", document, true)) return std::nullopt;
  if (!parse("word/numbering.xml", numbering_doc, false) || !parse("word/styles.xml", styles_doc, false) ||
      !parse("word/footnotes.xml", footnotes_doc, false)) {
    return std::nullopt;
  }
  int first_change = 0;
  int changes = count_changes(document.document_element(), first_change);
  if (changes > 0 && !options.accept_changes) {
    diags.add(with_hint(make_error(at, msg::kDocxTrackedChanges, changes, first_change), msg::kDocxTrackedChangesHint));
    return std::nullopt;
  }

  Styles styles;
  for (pugi::xml_node s : styles_doc.child("w:styles").children("w:style")) {
    styles.by_id[s.attribute("w:styleId").value()] = s;
  }
  apply_rpr(styles_doc.child("w:styles").child("w:docDefaults").child("w:rPrDefault").child("w:rPr"),
            styles.run_defaults);
  for (const auto& [id, s] : styles.by_id) {
    if (std::string_view(s.attribute("w:default").value()) == "1" || std::string_view(s.attribute("w:default").value()) == "true") {
      if (std::string_view(s.attribute("w:type").value()) == "paragraph") {
        apply_rpr(s.child("w:rPr"), styles.run_defaults);
      }
    }
  }
  Numbering numbering(numbering_doc.child("w:numbering"));
  int errors_before = diags.error_count();
  Reader reader(styles, numbering, at, diags);
  Package out;
  out.body = reader.body(document.child("w:document").child("w:body"));
  std::map<std::string, pugi::xml_node> notes;
  for (pugi::xml_node fn : footnotes_doc.child("w:footnotes").children("w:footnote")) {
    notes[fn.attribute("w:id").value()] = fn;
  }
  // Only the body's references: a reference inside a footnote (never printed as a note of its own)
  // adds to footnote_ids while the notes are read, so the count is taken first.
  const size_t referenced = reader.footnote_ids.size();
  for (size_t k = 0; k < referenced; ++k) {
    auto it = notes.find(reader.footnote_ids[k]);
    out.footnotes.push_back(it == notes.end() ? std::vector<Paragraph>{} : reader.footnote(it->second));
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace vanban::docx
