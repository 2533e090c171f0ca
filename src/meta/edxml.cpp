// Stage: meta.
// NAME.xml: the fields as edXML's MessageHeader (QCVN 102:2016), written with pugixml.
#include "meta/metadata.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <sstream>

namespace vanban::meta {
namespace {

constexpr const char* kNamespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

// edXML's Priority: 0 ordinary, then the urgency levels in order.
int priority(const std::string& urgency) {
  if (urgency == "Khẩn") return 1;
  if (urgency == "Thượng khẩn") return 2;
  if (urgency == "Hỏa tốc") return 3;
  if (urgency == "Hỏa tốc hẹn giờ") return 4;
  return 0;
}

pugi::xml_node child(pugi::xml_node parent, const char* name) {
  return parent.append_child((std::string("edXML:") + name).c_str());
}

void text(pugi::xml_node parent, const char* name, const std::string& value) {
  child(parent, name).text().set(value.c_str());
}

// "Lưu: VT, KT." is where the file copy is kept, not a place the document goes.
bool is_file_copy(const std::string& line) { return line.rfind("Lưu", 0) == 0; }

}  // namespace

std::string to_edxml(const Metadata& m) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node envelope = doc.append_child("edXML:edXMLEnvelope");
  envelope.append_attribute("xmlns:edXML") = kNamespace;
  pugi::xml_node header = child(child(envelope, "edXMLHeader"), "MessageHeader");

  pugi::xml_node from = child(header, "From");
  if (!m.issuer_code.empty()) text(from, "OrganId", m.issuer_code);
  if (!m.parent_body.empty()) text(from, "OrganizationInCharge", m.parent_body);
  text(from, "OrganName", m.issuer);

  pugi::xml_node code = child(header, "Code");
  text(code, "CodeNumber", m.number);
  text(code, "CodeNotation", m.notation);

  pugi::xml_node promulgation = child(header, "PromulgationInfo");
  text(promulgation, "Place", m.place);
  text(promulgation, "PromulgationDate",
       m.date ? fmt::format("{:04}/{:02}/{:02}", m.date->year, m.date->month, m.date->day) : std::string());

  text(child(header, "DocumentType"), "TypeName", m.type_name);
  text(header, "Subject", m.summary);

  pugi::xml_node signer = child(header, "SignerInfo");
  text(signer, "Competence", m.signer.competence);
  text(signer, "Position", m.signer.position);
  text(signer, "FullName", m.signer.name);

  pugi::xml_node places = child(header, "ToPlaces");
  for (const auto& r : m.recipients) {
    if (!is_file_copy(r)) text(places, "Place", r);
  }

  pugi::xml_node other = child(header, "OtherInfo");
  text(other, "Priority", std::to_string(priority(m.urgency)));
  text(other, "PageAmount", std::to_string(m.pages));
  pugi::xml_node appendixes = child(other, "Appendixes");
  for (const auto& a : m.annexes) text(appendixes, "Appendix", a);

  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace vanban::meta
