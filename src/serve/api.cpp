// Stage: serve.
#include "serve/api.hpp"

#include "compile/status.hpp"
#include "data/load.hpp"

#include "serve/document_form.hpp"
#include "serve/json.hpp"
#include "serve/messages.hpp"
#include "serve/web_assets.hpp"

#include <algorithm>
#include <cctype>

namespace vanban::serve {
namespace fs = std::filesystem;

const char* const kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-src blob:; object-src blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

namespace {

bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Compares secrets in time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// `%XX` and `+` decoded; nullopt for a broken escape or a NUL.
std::optional<std::string> percent_decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      int hi = hex_digit(s[i + 1]), lo = hex_digit(s[i + 2]);
      if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

using Params = std::vector<std::pair<std::string, std::string>>;

std::optional<Params> parse_query(std::string_view q) {
  Params out;
  size_t start = 0;
  while (start < q.size()) {
    size_t end = q.find('&', start);
    if (end == std::string_view::npos) end = q.size();
    std::string_view item = q.substr(start, end - start);
    size_t eq = item.find('=');
    auto key = percent_decode(item.substr(0, eq));
    auto value = percent_decode(eq == std::string_view::npos ? std::string_view() : item.substr(eq + 1));
    if (!key || !value) return std::nullopt;
    if (!key->empty()) out.emplace_back(std::move(*key), std::move(*value));
    start = end + 1;
  }
  return out;
}

std::string param(const Params& params, std::string_view key) {
  for (const auto& [k, v] : params) {
    if (k == key) return v;
  }
  return "";
}

// `name=value` from a Cookie header.
std::string cookie(const std::string* header, std::string_view name) {
  if (!header) return "";
  std::string_view h = *header;
  size_t start = 0;
  while (start < h.size()) {
    size_t end = h.find(';', start);
    if (end == std::string_view::npos) end = h.size();
    std::string_view item = h.substr(start, end - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (item.size() > name.size() && item.substr(0, name.size()) == name && item[name.size()] == '=') {
      return std::string(item.substr(name.size() + 1));
    }
    start = end + 1;
  }
  return "";
}

// `&`, `<`, `>`, `"` as entities.
std::string html_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const data::Value* member(const data::Value& v, std::string_view key) { return v.is_map() ? v.find(key) : nullptr; }

std::string text_member(const data::Value& v, std::string_view key) {
  const data::Value* m = member(v, key);
  return m && m->is_string() ? m->as_string() : "";
}

std::string severity_name(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note";
}

std::string content_type_of(std::string_view format) {
  return format == "pdf"    ? "application/pdf"
         : format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

Response json(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

// The data files of `document` (NAME.vb): NAME.yaml, .yml, .json, .csv, .xlsx beside it, in that order.
std::vector<fs::path> data_files_of(const fs::path& document) {
  std::vector<fs::path> out;
  for (const char* ext : {".yaml", ".yml", ".json", ".csv", ".xlsx"}) {
    fs::path p = document;
    p.replace_extension(ext);
    std::error_code ec;
    if (fs::is_regular_file(fs::symlink_status(p, ec))) out.push_back(p);
  }
  return out;
}

std::string relative_name(const std::string& file, const void* ctx) {
  const auto* ws = static_cast<const Workspace*>(ctx);
  std::string rel = ws->relative(fs::path(file));
  return rel.empty() ? fs::path(file).filename().string() : rel;
}

std::string diagnostics_json(const std::vector<Placed>& placed, Lang lang) {
  std::string out = "[";
  for (size_t i = 0; i < placed.size(); ++i) {
    const Diagnostic& d = *placed[i].diagnostic;
    out += (i ? "," : "");
    out += "{\"severity\":" + json_text(severity_name(d.severity)) + ",\"id\":" + json_text(d.id) +
           ",\"message\":" + json_text(d.text(lang)) + ",\"hint\":" + json_text(d.hint(lang)) +
           ",\"field\":" + json_text(placed[i].field) + ",\"body_line\":" + std::to_string(placed[i].body_line) +
           ",\"file\":" + json_text(placed[i].file) + ",\"line\":" + std::to_string(d.pos.line) +
           ",\"column\":" + std::to_string(d.pos.column) + "}";
  }
  return out + "]";
}

std::vector<std::string> declared_names(const tmpl::Template* t) {
  std::vector<std::string> out;
  if (t) {
    for (const auto& f : t->fields) out.push_back(f.name);
  }
  return out;
}

}  // namespace

const std::string* Request::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (same_text(k, name)) return &v;
  }
  return nullptr;
}

Response Api::error(int status, const Diagnostic& d) const {
  return json(status, "{\"error\":" + json_text(d.text(config_.lang)) + ",\"id\":" + json_text(d.id) + "}");
}

Response Api::refusal(Refusal why, const std::string& path) const {
  switch (why) {
    case Refusal::symlink: return error(403, make_error({}, msg::kSymlink, path));
    case Refusal::not_found: return error(404, make_error({}, msg::kNoFile, path));
    case Refusal::not_a_file: return error(400, make_error({}, msg::kNotAFile, path));
    case Refusal::too_big:
      return error(413, make_error({}, msg::kTooBig, path, workspace_.max_file_bytes() / (1024 * 1024)));
    case Refusal::conflict: return error(409, make_error({}, msg::kConflict, path));
    case Refusal::io: return error(500, make_error({}, msg::kIo, path));
    case Refusal::none:
    case Refusal::bad_path: break;
  }
  return error(400, make_error({}, msg::kBadPath, path));
}

Response Api::handle(const Request& request) {
  Response r;
  try {
    const size_t q = request.target.find('?');
    const std::string path = request.target.substr(0, q);
    const std::string query = q == std::string::npos ? "" : request.target.substr(q + 1);
    r = route(request, path, query);
  } catch (const std::bad_alloc&) {
    r = error(503, make_error({}, msg::kBadRequest, "out of memory"));
  } catch (const DiagnosticError& e) {
    r = error(422, e.diagnostic);
  }
  r.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Response Api::route(const Request& req, const std::string& path, const std::string& query) {
  auto params = parse_query(query);
  if (!params) return error(400, make_error({}, msg::kBadRequest, "query"));
  const bool get = req.method == "GET" || req.method == "HEAD";
  const bool post = req.method == "POST";
  if (!get && !post) return error(405, make_error({}, msg::kMethod, path, req.method));

  // The Host header: on loopback only the loopback names (a page elsewhere
  // cannot reach the server through a name it controls).
  if (!config_.hosts.empty()) {
    const std::string* host = req.header("Host");
    if (!host || std::find(config_.hosts.begin(), config_.hosts.end(), *host) == config_.hosts.end()) {
      return error(421, make_error({}, msg::kBadHost, host ? *host : ""));
    }
  }
  // The access key: the address printed at start carries it once (?khoa=…);
  // it then lives in a cookie only this site's requests carry.
  if (!config_.access_key.empty()) {
    const std::string given = param(*params, "khoa");
    if (get && path == "/" && !given.empty()) {
      if (!same_secret(given, config_.access_key)) return error(401, make_error({}, msg::kNeedKey));
      Response r;
      r.status = 303;
      r.content_type = "text/plain; charset=utf-8";
      r.headers.emplace_back("Location", "/");
      r.headers.emplace_back("Set-Cookie", "vanban_khoa=" + config_.access_key + "; Path=/; HttpOnly; SameSite=Strict");
      return r;
    }
    std::string key = cookie(req.header("Cookie"), "vanban_khoa");
    if (const std::string* h = req.header("X-Vanban-Key")) key = *h;
    if (!same_secret(key, config_.access_key)) {
      Response r = error(401, make_error({}, msg::kNeedKey));
      if (get && path == "/") {  // a person at a browser: a page, not JSON
        r.content_type = "text/html; charset=utf-8";
        r.body = "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>vanban</title><p>" +
                 html_text(make_error({}, msg::kNeedKey).text(config_.lang)) + "</p></html>";
      }
      return r;
    }
  }
  if (post) {
    const std::string* token = req.header("X-CSRF-Token");
    if (!token || !same_secret(*token, config_.csrf_token)) return error(403, make_error({}, msg::kNeedCsrf));
    if (const std::string* origin = req.header("Origin")) {
      const std::string* host = req.header("Host");
      if (!host || *origin != "http://" + *host) return error(403, make_error({}, msg::kBadOrigin, *origin));
    }
    if (req.body.size() > workspace_.max_file_bytes()) {
      return error(413, make_error({}, msg::kBodyTooBig, workspace_.max_file_bytes() / (1024 * 1024)));
    }
  }

  // The page itself.
  if (get && (path == "/" || path.rfind("/static/", 0) == 0)) {
    const std::string name = path == "/" ? "index.html" : path.substr(8);
    for (const auto& a : web_assets()) {
      if (a.name != name) continue;
      Response r;
      r.body = std::string(a.bytes);
      const std::string ext = fs::path(name).extension().string();
      r.content_type = ext == ".html" ? "text/html; charset=utf-8"
                       : ext == ".js" ? "text/javascript; charset=utf-8"
                       : ext == ".css" ? "text/css; charset=utf-8"
                       : ext == ".svg" ? "image/svg+xml"
                                       : "application/octet-stream";
      return r;
    }
    return error(404, make_error({}, msg::kNotFound, path));
  }

  if (get && path == "/api/session") {
    std::string types = "[";
    for (const auto& name : engine_.type_names()) {
      Diagnostics ignored;
      auto t = engine_.type(name, ignored);
      if (!t) continue;
      types += (types.size() > 1 ? "," : "");
      types += "{\"name\":" + json_text(name) + ",\"title\":" + json_text(t->title) + ",\"abbreviation\":" +
               json_text(t->abbreviation) + ",\"profile\":" + json_text(t->profile) + "}";
    }
    return json(200, "{\"csrf\":" + json_text(config_.csrf_token) + ",\"workspace\":" +
                         json_text(workspace_.root().filename().string()) + ",\"types\":" + types + "]}");
  }
  if (get && path == "/api/files") {
    std::string out = "{\"files\":[";
    bool first = true;
    for (const auto& e : workspace_.list()) {
      out += (first ? "" : ",");
      first = false;
      out += "{\"path\":" + json_text(e.path) + ",\"size\":" + std::to_string(e.size) + "}";
    }
    return json(200, out + "]}");
  }
  if (get && path == "/api/type") {
    const std::string name = param(*params, "name");
    Diagnostics diags;
    auto t = engine_.type(name, diags);
    if (!t) return error(404, make_error({}, msg::kUnknownType, name));
    return json(200, "{\"name\":" + json_text(t->name) + ",\"title\":" + json_text(t->title) + ",\"abbreviation\":" +
                         json_text(t->abbreviation) + ",\"description\":" + json_text(t->description) +
                         ",\"fields\":" + fields_json(t->fields) + "}");
  }

  // A document's form: GET /api/doc?path=…; POST /api/new {type, path}.
  auto document_json = [&](const std::string& rel, const Workspace::Read& read) -> Response {
    Diagnostics diags;
    auto form = split_document(read.bytes, diags);
    if (!form) {
      Diagnostic d = make_error({}, msg::kUnreadable, rel);
      std::string detail;
      for (const auto& p : diags.items()) detail += (detail.empty() ? "" : "; ") + p.text(config_.lang);
      return json(422, "{\"error\":" + json_text(d.text(config_.lang) + (detail.empty() ? "" : ": " + detail)) +
                           ",\"id\":" + json_text(d.id) + "}");
    }
    Refusal why;
    auto abs = workspace_.resolve(rel, why);
    std::string data = "[";
    for (const auto& f : data_files_of(*abs)) data += (data.size() > 1 ? "," : "") + json_text(workspace_.relative(f));
    return json(200, "{\"path\":" + json_text(rel) + ",\"version\":" + json_text(read.version) + ",\"type\":" +
                         json_text(form->type) + ",\"prelude\":" + json_text(form->prelude) + ",\"fields\":" +
                         to_json(form->fields) + ",\"body\":" + json_text(form->body) + ",\"data\":" + data + "]}");
  };
  if (get && path == "/api/doc") {
    const std::string rel = param(*params, "path");
    if (fs::path(rel).extension() != ".vb") return error(400, make_error({}, msg::kNotDocument, rel));
    Refusal why;
    auto read = workspace_.read(rel, why);
    if (!read) return refusal(why, rel);
    return document_json(rel, *read);
  }
  // A compile spec of the workspace, read as `vanban compile` reads it; a 422 response when it is not one.
  auto load_spec = [&](const std::string& rel, Response& refused) -> std::optional<compile::Spec> {
    Refusal why;
    auto abs = workspace_.resolve(rel, why);
    if (!abs) {
      refused = refusal(why, rel);
      return std::nullopt;
    }
    Diagnostics diags;
    const size_t mb = std::max<size_t>(1, workspace_.max_file_bytes() / (1024 * 1024));
    auto v = data::load_file(*abs, diags, {}, mb);
    std::optional<compile::Spec> spec;
    if (v && compile::is_spec(*v)) spec = compile::read_spec(*v, abs->parent_path(), diags);
    if (!spec) {
      std::string detail;
      for (const auto& d : diags.items()) detail += (detail.empty() ? "" : "; ") + d.text(config_.lang);
      const Diagnostic d = make_error({}, msg::kNotSpec, rel);
      refused = json(422, "{\"error\":" + json_text(d.text(config_.lang) + (detail.empty() ? "" : ": " + detail)) +
                              ",\"id\":" + json_text(d.id) + "}");
      return std::nullopt;
    }
    spec->max_file_mb = mb;
    return spec;
  };
  auto located = [&](const Diagnostic& d) {
    std::string where = d.pos.known() ? workspace_.relative(fs::path(d.pos.file_name())) : "";
    if (where.empty() && d.pos.known()) where = fs::path(d.pos.file_name()).filename().string();
    if (!where.empty() && d.pos.line > 0) where += ":" + std::to_string(d.pos.line);
    return json_text((where.empty() ? "" : where + ": ") + d.text(config_.lang));
  };
  // Every message of `diags`, located, as a JSON list; a 422 naming the first error and listing them all.
  auto located_list = [&](const Diagnostics& diags) {
    std::string out = "[";
    for (const auto& d : diags.items()) out += (out.size() > 1 ? "," : "") + located(d);
    return out + "]";
  };
  auto refused_by = [&](const Diagnostics& diags) {
    std::string first;
    for (const auto& d : diags.items()) {
      if (d.severity == Severity::error && first.empty()) first = d.text(config_.lang);
    }
    return json(422, "{\"error\":" + json_text(first) + ",\"messages\":" + located_list(diags) + "}");
  };
  if (get && path == "/api/compile") {
    // A compile spec's arrivals grid (`vanban compile SPEC --status`): unit × month, each cell's state
    // and first message; problems of no single cell listed apart.
    const std::string rel = param(*params, "path");
    Response refused;
    auto spec = load_spec(rel, refused);
    if (!spec) return refused;
    Diagnostics diags;
    const compile::Arrivals a = compile::arrivals(*spec, diags);
    static constexpr const char* kStates[] = {"missing", "arrived", "allowed", "error"};
    std::string out = "{\"path\":" + json_text(rel) + ",\"year\":" + std::to_string(a.year) +
                      ",\"months\":" + std::to_string(a.months) + ",\"complete\":" + (a.complete() ? "true" : "false") +
                      ",\"units\":[";
    for (size_t u = 0; u < a.units.size(); ++u) {
      out += (u ? "," : "");
      out += "{\"name\":" + json_text(a.units[u]) + ",\"cells\":[";
      for (size_t m = 0; m < a.cells[u].size(); ++m) {
        const compile::Cell& c = a.cells[u][m];
        out += (m ? "," : "");
        out += "{\"state\":" + json_text(kStates[static_cast<int>(c.state)]) + ",\"errors\":" +
               std::to_string(c.errors) + ",\"message\":" + (c.first_error ? located(*c.first_error) : "\"\"") + "}";
      }
      out += "]}";
    }
    out += "],\"elsewhere\":[";
    for (size_t i = 0; i < a.elsewhere.size(); ++i) out += (i ? "," : "") + located(a.elsewhere[i]);
    // A name each source takes, for the drop zone (`2023-08.csv`, `huyen-can-loc-2023-08.xlsx`).
    out += "],\"names\":[";
    const compile::Drop none = compile::place_drop(*spec, "");
    for (size_t i = 0; i < none.examples.size(); ++i) out += (i ? "," : "") + json_text(none.examples[i]);
    return json(200, out + "]}");
  }
  if (get && path == "/api/version") {
    // A file's version before replacing it ("" when there is none yet).
    const std::string rel = param(*params, "path");
    Refusal why;
    auto read = workspace_.read(rel, why);
    if (!read && why != Refusal::not_found) return refusal(why, rel);
    return json(200, "{\"path\":" + json_text(rel) + ",\"version\":" + json_text(read ? read->version : "") + "}");
  }
  if (!post) return error(404, make_error({}, msg::kNotFound, path));

  // A Word draft, raw bytes: POST /api/import?path=NAME.vb&draft=DRAFT.docx. The importer runs here, as
  // `vanban import DRAFT.docx -o NAME.vb` does; the .vb (and its table folder NAME-bang/) must not exist.
  if (path == "/api/import") {
    const std::string rel = param(*params, "path");
    if (fs::path(rel).extension() != ".vb") return error(400, make_error({}, msg::kNotDocument, rel));
    Refusal why;
    auto abs = workspace_.resolve(rel, why);
    if (!abs) return refusal(why, rel);
    const std::string draft = fs::path(param(*params, "draft")).filename().string();
    if (fs::path(draft).extension() == ".vb" || draft.empty() || draft.front() == '.' ||
        std::any_of(draft.begin(), draft.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
      return error(400, make_error({}, msg::kNotDraft, draft));
    }
    std::error_code ec;
    if (fs::exists(*abs, ec)) return error(409, make_error({}, msg::kExists, rel));
    Diagnostics diags;
    auto files = engine_.import_draft(req.body, draft, abs->stem().string(), diags);
    const std::string messages = located_list(diags);
    if (!files) return refused_by(diags);
    const std::string folder_rel = rel.substr(0, rel.size() - abs->filename().string().size()) + files->table_folder;
    if (!files->table_folder.empty()) {
      if (fs::exists(abs->parent_path() / files->table_folder, ec)) {
        return error(409, make_error({}, msg::kExists, folder_rel + "/"));
      }
      for (const auto& [name, bytes] : files->table_files) {
        if (!workspace_.save(folder_rel + "/" + name, bytes, "", why, /*make_folders=*/true)) {
          fs::remove_all(abs->parent_path() / files->table_folder, ec);
          return refusal(why, folder_rel + "/" + name);
        }
      }
    }
    auto version = workspace_.save(rel, files->document, "", why);
    if (!version) {
      if (!files->table_folder.empty()) fs::remove_all(abs->parent_path() / files->table_folder, ec);
      return why == Refusal::conflict ? error(409, make_error({}, msg::kExists, rel)) : refusal(why, rel);
    }
    return json(200, "{\"path\":" + json_text(rel) + ",\"version\":" + json_text(*version) + ",\"tables\":" +
                         json_text(files->table_folder.empty() ? "" : folder_rel + "/") + ",\"messages\":" + messages + "}");
  }

  // A unit's monthly file dropped on the compile page, raw bytes:
  // POST /api/compile/drop?path=SPEC.yaml&name=FILE.xlsx[&replace=1]. Saved where the spec's sources look.
  if (path == "/api/compile/drop") {
    const std::string rel = param(*params, "path");
    const std::string name = param(*params, "name");
    Response refused;
    auto spec = load_spec(rel, refused);
    if (!spec) return refused;
    if (name.empty() || name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
        name.front() == '.' || std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
      return error(400, make_error({}, msg::kBadPath, name));
    }
    const compile::Drop drop = compile::place_drop(*spec, name);
    switch (drop.why) {
      case compile::Drop::Why::placed: break;
      case compile::Drop::Why::no_pattern: {
        std::string examples;
        for (const auto& e : drop.examples) examples += (examples.empty() ? "`" : ", `") + e + "`";
        return error(422, make_error({}, msg::kDropNoPattern, name, examples));
      }
      case compile::Drop::Why::other_year:
        return error(422, make_error({}, msg::kDropOtherYear, name, drop.found, spec->year));
      case compile::Drop::Why::outside_period:
        return error(422, make_error({}, msg::kDropOutside, name, drop.found, spec->month));
      case compile::Drop::Why::unknown_unit:
        return error(422, make_error({}, msg::kDropUnknownUnit, name, drop.found));
    }
    const size_t slash = rel.rfind('/');
    const std::string target = (slash == std::string::npos ? "" : rel.substr(0, slash + 1)) + drop.path;
    Refusal why;
    std::string version;
    if (auto current = workspace_.read(target, why)) {
      if (param(*params, "replace") != "1") return error(409, make_error({}, msg::kDropExists, target));
      version = current->version;
    } else if (why != Refusal::not_found) {
      return refusal(why, target);
    }
    auto saved = workspace_.save(target, req.body, version, why, /*make_folders=*/true);
    if (!saved) return refusal(why, target);
    return json(200, "{\"path\":" + json_text(target) + ",\"version\":" + json_text(*saved) + ",\"month\":" +
                         std::to_string(drop.month) + ",\"unit\":" +
                         json_text(drop.district == std::string::npos ? "" : spec->districts[drop.district].name) + "}");
  }

  // The report from a complete spec: POST /api/compile/render?path=SPEC.yaml&doc=REPORT.vb&format=pdf|xlsx|docx
  // renders the document with its own data files and the spec last (`vanban render REPORT.vb … SPEC.yaml`).
  if (path == "/api/compile/render") {
    const std::string rel = param(*params, "path");
    const std::string doc = param(*params, "doc");
    const std::string format = param(*params, "format");
    if (format != "pdf" && format != "xlsx" && format != "docx") return error(400, make_error({}, msg::kBadFormat, format));
    if (fs::path(doc).extension() != ".vb") return error(400, make_error({}, msg::kNotDocument, doc));
    Response refused;
    auto spec = load_spec(rel, refused);
    if (!spec) return refused;
    Refusal why;
    auto read = workspace_.read(doc, why);
    if (!read) return refusal(why, doc);
    Diagnostics diags;
    const compile::Arrivals a = compile::arrivals(*spec, diags);
    if (!a.complete()) {
      return error(409, make_error({}, msg::kNotComplete, a.count(compile::Cell::State::missing),
                                   a.count(compile::Cell::State::error)));
    }
    auto doc_abs = workspace_.resolve(doc, why);
    auto spec_abs = workspace_.resolve(rel, why);
    std::vector<fs::path> data = data_files_of(*doc_abs);
    data.push_back(*spec_abs);
    Rendered out = engine_.render(Source{*doc_abs, read->bytes, data}, format);
    if (!out.bytes) return refused_by(out.diags);
    Response r;
    r.body = std::move(*out.bytes);
    r.content_type = content_type_of(format);
    r.headers.emplace_back("X-Vanban-Pages", std::to_string(out.pages));
    return r;
  }

  // Uploads are raw bytes (no multipart to parse): POST /api/upload?path=NAME.csv&version=…
  if (path == "/api/upload") {
    const std::string rel = param(*params, "path");
    if (fs::path(rel).extension() == ".vb") return error(400, make_error({}, msg::kNotData, rel));
    Refusal why;
    auto version = workspace_.save(rel, req.body, param(*params, "version"), why);
    if (!version) return refusal(why, rel);
    return json(200, "{\"path\":" + json_text(rel) + ",\"version\":" + json_text(*version) + "}");
  }

  Diagnostics parse;
  auto body = parse_json(req.body, parse);
  if (!body || !body->is_map()) return error(400, make_error({}, msg::kBadRequest, "JSON"));
  const std::string rel = text_member(*body, "path");
  if (fs::path(rel).extension() != ".vb") return error(400, make_error({}, msg::kNotDocument, rel));
  Refusal why;
  auto abs = workspace_.resolve(rel, why);
  if (!abs) return refusal(why, rel);

  if (path == "/api/new") {
    const std::string type = text_member(*body, "type");
    Diagnostics diags;
    auto t = engine_.type(type, diags);
    if (!t) return error(404, make_error({}, msg::kUnknownType, type));
    const std::string text = engine_.starter(*t);
    auto version = workspace_.save(rel, text, "", why);
    if (!version) return why == Refusal::conflict ? error(409, make_error({}, msg::kExists, rel)) : refusal(why, rel);
    return document_json(rel, Workspace::Read{text, *version});
  }

  // The form as the page holds it now.
  DocumentForm form;
  form.type = text_member(*body, "type");
  form.prelude = text_member(*body, "prelude");
  form.body = text_member(*body, "body");
  if (const data::Value* f = member(*body, "fields"); f && f->is_map()) form.fields = *f;
  if (form.type.empty()) return error(400, make_error({}, msg::kNeedMember, "type"));
  const std::string text = compose_document(form);

  if (path == "/api/save") {
    // The form holds no comments: the front matter's top-level comment lines come from the file as it is
    // (were it changed since, the version check refuses the save anyway).
    std::string kept = text;
    if (Refusal ignored; auto current = workspace_.read(rel, ignored)) {
      Diagnostics unread;
      if (auto before = split_document(current->bytes, unread); before && !before->comments.empty()) {
        DocumentForm with_comments = form;
        with_comments.comments = std::move(before->comments);
        kept = compose_document(with_comments);
      }
    }
    auto version = workspace_.save(rel, kept, text_member(*body, "version"), why);
    if (!version) return refusal(why, rel);
    return json(200, "{\"path\":" + json_text(rel) + ",\"version\":" + json_text(*version) + "}");
  }
  const Source source{*abs, text, data_files_of(*abs)};
  Diagnostics type_diags;
  auto t = engine_.type(form.type, type_diags);
  const std::vector<std::string> declared = declared_names(t.get());
  const std::string document_name = abs->string();
  auto placed_json = [&](const Diagnostics& diags) {
    return diagnostics_json(place(diags, form, document_name, declared, relative_name, &workspace_), config_.lang);
  };
  if (path == "/api/check") {
    const Diagnostics diags = engine_.check(source);
    return json(200, "{\"diagnostics\":" + placed_json(diags) + "}");
  }
  if (path == "/api/render") {
    const std::string format = param(*params, "format");
    if (format != "pdf" && format != "xlsx" && format != "docx") return error(400, make_error({}, msg::kBadFormat, format));
    Rendered out = engine_.render(source, format);
    if (!out.bytes) return json(422, "{\"diagnostics\":" + placed_json(out.diags) + "}");
    Response r;
    r.body = std::move(*out.bytes);
    r.content_type = content_type_of(format);
    r.headers.emplace_back("X-Vanban-Pages", std::to_string(out.pages));
    return r;
  }
  return error(404, make_error({}, msg::kNotFound, path));
}

}  // namespace vanban::serve
