// Stage: meta.
// The document's fields for the e-office system (Nghị định 30 Phụ lục VI; edXML, QCVN 102:2016): gathered, checked, written as JSON and XML.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"
#include "document/document.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vanban::meta {

// What the document model does not carry, read from data keys, and where
// each field the sidecar holds was written (for messages).
struct Sources {
  std::string issuer_code;  // ma_co_quan: the issuing body's code in the exchange (edXML From/OrganId)
  std::string urgency;      // do_khan, normalised: "Khẩn", "Thượng khẩn", "Hỏa tốc", "Hỏa tốc hẹn giờ"
  std::string secrecy;      // do_mat, normalised: "Mật", "Tối mật", "Tuyệt mật"
  std::map<std::string, SourcePos> positions;  // data key (`trich_yeu`, `nguoi_ky.ho_ten`) -> its value
};

// Reads ma_co_quan, do_khan, do_mat and the positions of the conventional
// keys from the data, the front matter of a .vb document winning (as in
// build_document). A value that is not one of the levels is an error at it.
Sources read_sources(const data::Value& data, const data::Value* front_matter, Diagnostics& diags);

struct Signer {
  std::string competence;  // "KT.", "TM. KT.", "" when the head signs in person
  std::vector<std::string> authority;  // the lines as printed: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
  std::string position;    // chức vụ, as printed
  std::string name;
};

struct Metadata {
  std::string issuer_code, parent_body, issuer;
  std::string number, notation;        // số, ký hiệu ("90", "TB-UBND"); empty in e-office mode
  std::string place;
  std::optional<locale::Date> date;    // empty in e-office mode
  std::string type_name;               // "Thông báo"
  std::string summary;
  Signer signer;
  std::vector<std::string> recipients; // as printed, "Lưu: VT, …" included
  size_t pages = 0;                    // from layout: the body and every annex
  std::string urgency, secrecy;
  std::vector<std::string> annexes;    // "Biểu 1: KẾT QUẢ …"
};

Metadata collect(const document::Document& doc, const Sources& sources, size_t pages);

// edXML's lengths (QCVN 102:2016): number 11, notation 30, summary 500,
// position 100, name 50, type name 100, issuing body 200 characters. Each
// field over its length is a diagnostic of `severity` at the data value
// that gave it.
void check_lengths(const Metadata& m, const Sources& sources, Severity severity, Diagnostics& diags);

// NAME.json: the fields under the data keys vanban reads them from, UTF-8,
// two-space indented, every string escaped (RFC 8259).
std::string to_json(const Metadata& m);

// `"…"`: a JSON string (RFC 8259): quote, backslash and the control characters
// escaped; U+2028/U+2029 too, so the text is also a valid JavaScript literal.
std::string json_quoted(std::string_view s);

// NAME.xml: edXML's MessageHeader (namespace http://www.mic.gov.vn/TBT/QCVN_102_2016):
// From, Code, PromulgationInfo, DocumentType, Subject, SignerInfo, ToPlaces, OtherInfo.
std::string to_edxml(const Metadata& m);

}  // namespace vanban::meta
