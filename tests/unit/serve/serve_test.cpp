// vanban serve without sockets: the workspace's confinement and version check, a document as a form and
// back, diagnostics placed at their field or body line, and the API's refusals (CSRF, host, key, sizes).
#include "serve/api.hpp"
#include "serve/document_form.hpp"
#include "serve/workspace.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace vanban;
using namespace vanban::serve;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("vanban-serve-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(path / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
};

// The API's refusals come before any check or render: an engine asked anything fails the test.
class UnusedEngine : public Engine {
 public:
  Diagnostics check(const Source&) override {
    FAIL("check reached");
    return {};
  }
  Rendered render(const Source&, std::string_view) override {
    FAIL("render reached");
    return {};
  }
  std::vector<std::string> type_names() override { return {}; }
  std::shared_ptr<const tmpl::Template> type(const std::string&, Diagnostics&) override { return nullptr; }
  std::string starter(const tmpl::Template&) override { return ""; }
  std::optional<Draft> import_draft(std::string_view, const std::string&, const std::string&, Diagnostics&) override {
    FAIL("import reached");
    return std::nullopt;
  }
};

Request request(std::string method, std::string target, std::string body = "",
                std::vector<std::pair<std::string, std::string>> headers = {}) {
  Request r{std::move(method), std::move(target), std::move(headers), std::move(body)};
  r.headers.emplace_back("Host", "127.0.0.1:8080");
  return r;
}

std::string header(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "";
}

const std::string kDoc =
    "---\nso: 15\nngay: 2026-03-15\nnoi_nhan:\n  - Như trên\n  - \"Lưu: VT.\"\n---\n{% extends \"thong-bao\" %}\n"
    "**1. Kết quả**\n\nĐoạn một.\n";

}  // namespace

TEST_CASE("workspace: a path is a file inside, named plainly, with a served extension") {
  TempDir dir;
  Workspace ws(dir.path, 1 << 20);
  Refusal why;
  CHECK(ws.resolve("a.vb", why));
  CHECK(ws.resolve("thư-mục/tệp.yaml", why));
  for (const char* bad : {"", "/etc/passwd.vb", "../a.vb", "a/../../b.vb", "./a.vb", ".an.vb", "a//b.vb",
                          "a\\b.vb", "a.txt", "a.vb/", "C:a.vb", "a\nb.vb"}) {
    INFO(bad);
    CHECK_FALSE(ws.resolve(bad, why));
    CHECK(why == Refusal::bad_path);
  }
}

TEST_CASE("workspace: a symbolic link on the way is refused, even one pointing inside") {
  TempDir dir, outside;
  outside.write("secret.yaml", "khoa: 1\n");
  fs::create_directory_symlink(outside.path, dir.path / "ra-ngoai");
  fs::create_symlink(dir.path / "a.vb", dir.path / "b.vb");
  Workspace ws(dir.path, 1 << 20);
  Refusal why;
  CHECK_FALSE(ws.read("ra-ngoai/secret.yaml", why));
  CHECK(why == Refusal::symlink);
  CHECK_FALSE(ws.save("b.vb", "x", "", why));
  CHECK(why == Refusal::symlink);
  // Listing skips links too.
  CHECK(ws.list().empty());
}

TEST_CASE("workspace: the second of two saves from the same version is refused, nothing overwritten") {
  TempDir dir;
  Workspace ws(dir.path, 1 << 20);
  Refusal why;
  auto v1 = ws.save("tb.vb", "một", "", why);
  REQUIRE(v1);
  CHECK_FALSE(ws.save("tb.vb", "lần nữa", "", why));  // a new file over an existing one
  CHECK(why == Refusal::conflict);
  auto v2 = ws.save("tb.vb", "hai", *v1, why);          // clerk A saves
  REQUIRE(v2);
  CHECK_FALSE(ws.save("tb.vb", "ba", *v1, why));        // clerk B, from the same version
  CHECK(why == Refusal::conflict);
  CHECK(dir.read("tb.vb") == "hai");
  // A change made outside the page counts as well.
  dir.write("tb.vb", "sửa bằng trình soạn thảo");
  CHECK_FALSE(ws.save("tb.vb", "bốn", *v2, why));
  CHECK(dir.read("tb.vb") == "sửa bằng trình soạn thảo");
  CHECK_FALSE(ws.save("big.yaml", std::string((1 << 20) + 1, 'x'), "", why));
  CHECK(why == Refusal::too_big);
}

TEST_CASE("document form: fields, type and body split and put back") {
  Diagnostics diags;
  auto form = split_document(kDoc, diags);
  REQUIRE(form);
  CHECK(form->type == "thong-bao");
  CHECK(form->fields.find("so")->as_number().to_string() == "15");
  CHECK(form->fields.find("noi_nhan")->as_list().size() == 2);
  CHECK(form->body == "**1. Kết quả**\n\nĐoạn một.\n");
  Diagnostics again;
  auto back = split_document(compose_document(*form), again);
  REQUIRE(back);
  CHECK(back->fields == form->fields);
  CHECK(back->body == form->body);
  Diagnostics bad;
  CHECK_FALSE(split_document("---\nso: 1\n", bad));
  CHECK_FALSE(split_document("chỉ có chữ\n", bad));
  CHECK(bad.error_count() == 2);
}

TEST_CASE("document form: comment lines of the front matter's top level are kept by a save") {
  const std::string text =
      "---\n# Nhập từ du-thao.docx (vanban import): xem lại trước khi in.\nso: 15\n# Ngày ký: sửa khi ký\n"
      "ngay: 2026-03-15\nnoi_nhan:\n  # cấp trên trước\n  - Như trên\n# cuối phần đầu\n---\n"
      "{% extends \"thong-bao\" %}\nThân.\n";
  Diagnostics diags;
  auto form = split_document(text, diags);
  REQUIRE(form);
  REQUIRE(form->comments.size() == 3);
  CHECK(form->comments[0].first == "so");
  CHECK(form->comments[1].first == "ngay");
  CHECK(form->comments[2].first.empty());
  // The clerk changes a field and removes `so`: the comments stay with their keys, the orphan at the end.
  data::Map m;
  m.push_back({"ngay", {}, data::Value::string("16/03/2026")});
  m.push_back({"noi_nhan", {}, data::Value::list({data::Value::string("Như trên")})});
  form->fields = data::Value::map(std::move(m));
  const std::string out = compose_document(*form);
  CHECK(out.find("# Ngày ký: sửa khi ký\nngay: ") != std::string::npos);
  CHECK(out.find("# Nhập từ du-thao.docx") != std::string::npos);
  CHECK(out.find("# cuối phần đầu\n") != std::string::npos);
  Diagnostics again;
  auto back = split_document(out, again);
  REQUIRE(back);
  CHECK(back->fields == form->fields);
  CHECK(back->body == "Thân.\n");

  // Through the API: the page sends no comments, the save keeps the file's.
  TempDir dir;
  dir.write("tb.vb", text);
  Workspace ws(dir.path, 1 << 20);
  UnusedEngine engine;
  Api api(ws, engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  const std::string save = R"({"path":"tb.vb","type":"thong-bao","prelude":"","body":"Thân.\n","fields":{"so":"16"},"version":")" +
                           version_of(text) + "\"}";
  const Response r = api.handle(request("POST", "/api/save", save, {{"X-CSRF-Token", "token"}}));
  CHECK(r.status == 200);
  const std::string saved = dir.read("tb.vb");
  CHECK(saved.rfind("---\n# Nhập từ du-thao.docx (vanban import): xem lại trước khi in.\nso: ", 0) == 0);
  CHECK(saved.find("# Ngày ký: sửa khi ký\n") != std::string::npos);
}

// Messages as the stages declare them (constexpr: their placeholders are checked when compiled).
constexpr Message kBadDate{"x", "sai ngày", "bad date"};
constexpr Message kNotClosed{"y", "chưa đóng", "not closed"};
constexpr Message kFieldMissing{"template.field_missing", "thiếu trường bắt buộc `dia_danh`", ""};
constexpr Message kBadSo{"z", "`so` sai", ""};

TEST_CASE("document form: a diagnostic goes to its field, its body line or its data file") {
  Diagnostics ignored;
  auto form = split_document(kDoc, ignored);
  REQUIRE(form);
  const std::string text = compose_document(*form);
  const auto name = std::make_shared<const std::string>("/ws/tb.vb");
  const auto data = std::make_shared<const std::string>("/ws/tb.yaml");
  // Where the composed text has each part: the front matter's `ngay`, the body's third line.
  int ngay_line = 0, body_line3 = 0, line = 1;
  for (size_t i = 0, start = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      const std::string l = text.substr(start, i - start);
      if (l.rfind("ngay:", 0) == 0) ngay_line = line;
      if (l == "Đoạn một.") body_line3 = line;
      ++line;
      start = i + 1;
    }
  }
  Diagnostics diags;
  diags.add(make_error(make_pos(name, ngay_line, 7), kBadDate));
  diags.add(make_error(make_pos(name, body_line3, 1), kNotClosed));
  diags.add(make_error(make_pos(name, 2, 1), kFieldMissing));
  diags.add(make_error(make_pos(data, 4, 2), kBadSo));
  auto relative = [](const std::string& f, const void*) { return fs::path(f).filename().string(); };
  auto placed = place(diags, *form, "/ws/tb.vb", {"so", "ngay", "dia_danh", "noi_nhan"}, relative, nullptr);
  REQUIRE(placed.size() == 4);
  CHECK(placed[0].field == "ngay");
  CHECK(placed[1].body_line == 3);
  CHECK(placed[2].field == "dia_danh");
  CHECK(placed[3].file == "tb.yaml");
  CHECK(placed[3].field.empty());
}

TEST_CASE("api: a state-changing request without the CSRF token is refused, and one from another site") {
  TempDir dir;
  dir.write("tb.vb", kDoc);
  Workspace ws(dir.path, 1 << 20);
  UnusedEngine engine;
  Api api(ws, engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  const std::string save = R"({"path":"tb.vb","type":"thong-bao","fields":{},"body":"x","version":""})";
  CHECK(api.handle(request("POST", "/api/save", save)).status == 403);
  CHECK(api.handle(request("POST", "/api/save", save, {{"X-CSRF-Token", "tokem"}})).status == 403);
  CHECK(api.handle(request("POST", "/api/save", save, {{"x-csrf-token", "token"}, {"Origin", "http://evil.example"}}))
            .status == 403);
  CHECK(dir.read("tb.vb") == kDoc);
  // With the token the version check speaks: the page's version is stale.
  const Response stale = api.handle(request("POST", "/api/save", save, {{"X-CSRF-Token", "token"}}));
  CHECK(stale.status == 409);
  CHECK(stale.body.find("đã được sửa ở nơi khác") != std::string::npos);
  CHECK(dir.read("tb.vb") == kDoc);
}

TEST_CASE("api: malformed requests get a clean 4xx, every response its security headers") {
  TempDir dir;
  dir.write("tb.vb", kDoc);
  Workspace ws(dir.path, 1024);
  UnusedEngine engine;
  Api api(ws, engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  const std::vector<std::pair<Request, int>> cases = {
      {request("GET", "/api/doc?path=../../etc/passwd.vb"), 400},
      {request("GET", "/api/doc?path=%2Fetc%2Fpasswd.vb"), 400},
      {request("GET", "/api/doc?path=tb.vb%00.vb"), 400},
      {request("GET", "/api/doc?path=%zz"), 400},
      {request("GET", "/api/doc?path=khong-co.vb"), 404},
      {request("GET", "/api/doc?path=tb.yaml"), 400},
      {request("GET", "/static/../../etc/passwd"), 404},
      {request("GET", "/khong-co"), 404},
      {request("DELETE", "/api/doc?path=tb.vb"), 405},
      {request("POST", "/api/save", "{not json", {{"X-CSRF-Token", "token"}}), 400},
      {request("POST", "/api/save", "[1,2]", {{"X-CSRF-Token", "token"}}), 400},
      {request("POST", "/api/save", std::string(2048, ' '), {{"X-CSRF-Token", "token"}}), 413},
      {request("POST", "/api/upload?path=tb.vb", "x", {{"X-CSRF-Token", "token"}}), 400},
      {request("POST", "/api/upload?path=a/../../x.csv", "x", {{"X-CSRF-Token", "token"}}), 400},
      {request("POST", "/api/render?format=odt", R"({"path":"tb.vb","type":"thong-bao"})", {{"X-CSRF-Token", "token"}}),
       400},
  };
  for (const auto& [req, status] : cases) {
    INFO(req.method << " " << req.target);
    const Response r = api.handle(req);
    CHECK(r.status == status);
    CHECK(header(r, "Content-Security-Policy").find("default-src 'none'") != std::string::npos);
    CHECK(header(r, "X-Content-Type-Options") == "nosniff");
  }
  Request other_host{"GET", "/api/files", {{"Host", "attacker.example:8080"}}, ""};
  CHECK(api.handle(other_host).status == 421);
}

TEST_CASE("api: with an access key, nothing is served without it; the printed address sets it once") {
  TempDir dir;
  dir.write("tb.vb", kDoc);
  Workspace ws(dir.path, 1 << 20);
  UnusedEngine engine;
  Api api(ws, engine, ApiConfig{"token", "khoa-truy-cap-0123456789", {}, Lang::vi});
  const Response page = api.handle(request("GET", "/"));
  CHECK(page.status == 401);
  CHECK(page.content_type.rfind("text/html", 0) == 0);
  CHECK(page.body.find("cần khóa truy cập") != std::string::npos);
  CHECK(api.handle(request("GET", "/api/doc?path=tb.vb")).status == 401);
  CHECK(api.handle(request("GET", "/?khoa=sai")).status == 401);
  const Response enter = api.handle(request("GET", "/?khoa=khoa-truy-cap-0123456789"));
  CHECK(enter.status == 303);
  const std::string cookie = header(enter, "Set-Cookie");
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  const Response doc =
      api.handle(request("GET", "/api/doc?path=tb.vb", "", {{"Cookie", "a=b; " + cookie.substr(0, cookie.find(';'))}}));
  CHECK(doc.status == 200);
  CHECK(doc.body.find("\"type\":\"thong-bao\"") != std::string::npos);
}

TEST_CASE("api: a unit's file dropped on the compile page goes where the spec looks; a bad name is refused") {
  TempDir dir;
  dir.write("th/bien-soan.yaml",
            "bien_soan: {nam: 2023, den_thang: 2}\n"
            "don_vi:\n  - {ten: Huyện Can Lộc}\n  - {ten: Huyện Đức Thọ, ma: duc-tho}\n"
            "chi_tieu:\n  - {ma: duong_th, ten: Đường, don_vi: km, loai: flow}\n"
            "nguon:\n  - tep: \"thang/{nam}-{thang}.csv\"\n  - tep: \"huyen/{don_vi}/{nam}-{thang}.xlsx\"\n");
  dir.write("th/huyen/Huyện Đức Thọ/2023-01.xlsx", "x");  // a unit's folder spelt with its marks
  dir.write("bc.vb", kDoc);
  Workspace ws(dir.path, 1 << 20);
  UnusedEngine engine;
  Api api(ws, engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  auto drop = [&](const std::string& query, const std::string& body = "don_vi,duong_th\n") {
    return api.handle(request("POST", "/api/compile/drop?path=th/bien-soan.yaml&" + query, body, {{"X-CSRF-Token", "token"}}));
  };
  // A file of all units, named as the first source's file.
  Response r = drop("name=2023-01.csv");
  CHECK(r.status == 200);
  CHECK(r.body.find(R"("path":"th/thang/2023-01.csv")") != std::string::npos);
  CHECK(dir.read("th/thang/2023-01.csv") == "don_vi,duong_th\n");
  // A unit's file: its key, then the month; the folder made, or the one already there.
  r = drop("name=huyen-can-loc-2023-02.xlsx", "xlsx bytes");
  CHECK(r.status == 200);
  CHECK(r.body.find(R"("unit":"Huyện Can Lộc")") != std::string::npos);
  CHECK(dir.read("th/huyen/huyen-can-loc/2023-02.xlsx") == "xlsx bytes");
  r = drop("name=duc-tho-2023-2.xlsx", "y");
  CHECK(r.status == 200);
  CHECK(dir.read("th/huyen/Huyện Đức Thọ/2023-2.xlsx") == "y");
  // Again: refused unless replaced.
  CHECK(drop("name=2023-01.csv", "new").status == 409);
  CHECK(dir.read("th/thang/2023-01.csv") == "don_vi,duong_th\n");
  CHECK(drop("name=2023-01.csv&replace=1", "new").status == 200);
  CHECK(dir.read("th/thang/2023-01.csv") == "new");
  // Refusals, each with its reason in Vietnamese.
  r = drop("name=so-lieu.csv");
  CHECK(r.status == 422);
  CHECK(r.body.find("không khớp nguồn số liệu nào") != std::string::npos);
  CHECK(r.body.find("`huyen-can-loc-2023-02.xlsx`") != std::string::npos);  // the example of a good name
  CHECK(drop("name=2022-01.csv").body.find("năm 2022") != std::string::npos);
  CHECK(drop("name=2023-05.csv").body.find("ngoài kỳ báo cáo") != std::string::npos);
  CHECK(drop("name=huyen-ha-noi-2023-01.xlsx").body.find("`huyen-ha-noi`") != std::string::npos);
  for (const char* bad : {"name=../../x.csv", "name=", "name=.an.csv", "name=a%2Fb.csv", "name=a%0A.csv"}) {
    INFO(bad);
    CHECK(drop(bad).status == 400);
  }
  CHECK(api.handle(request("POST", "/api/compile/drop?path=bc.vb&name=2023-01.csv", "x", {{"X-CSRF-Token", "token"}}))
            .status == 422);  // not a spec
  CHECK(api.handle(request("POST", "/api/compile/drop?path=../bien-soan.yaml&name=2023-01.csv", "x",
                           {{"X-CSRF-Token", "token"}}))
            .status == 400);
  // Too big: refused before anything is read.
  Workspace small(dir.path, 16);
  Api small_api(small, engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  CHECK(small_api.handle(request("POST", "/api/compile/drop?path=th/bien-soan.yaml&name=2023-02.csv",
                                 std::string(64, 'x'), {{"X-CSRF-Token", "token"}}))
            .status == 413);
  // The report waits for every unit's month (Đức Thọ's and Can Lộc's are not all there).
  r = api.handle(request("POST", "/api/compile/render?path=th/bien-soan.yaml&doc=bc.vb&format=pdf", "",
                         {{"X-CSRF-Token", "token"}}));
  CHECK(r.status == 409);
  CHECK(r.body.find("chưa lập được báo cáo") != std::string::npos);
  CHECK(api.handle(request("POST", "/api/compile/render?path=th/bien-soan.yaml&doc=bc.vb&format=odt", "",
                           {{"X-CSRF-Token", "token"}}))
            .status == 400);
}

TEST_CASE("api: a Word draft's upload is refused before the importer for a bad or taken name") {
  TempDir dir;
  dir.write("tb.vb", kDoc);
  Workspace ws(dir.path, 1024);
  UnusedEngine engine;
  Api api(ws, engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  auto import = [&](const std::string& query, const std::string& body = "PK") {
    return api.handle(request("POST", "/api/import?" + query, body, {{"X-CSRF-Token", "token"}})).status;
  };
  CHECK(import("path=tb.vb&draft=tb.docx") == 409);          // the document exists
  CHECK(import("path=../x.vb&draft=x.docx") == 400);         // outside the workspace
  CHECK(import("path=x.yaml&draft=x.docx") == 400);          // not a document's name
  CHECK(import("path=x.vb&draft=") == 400);                  // no draft name
  CHECK(import("path=x.vb&draft=.docx") == 400);
  CHECK(import("path=x.vb&draft=a%0Ab.docx") == 400);
  CHECK(import("path=x.vb&draft=x.docx", std::string(2048, 'x')) == 413);  // over the limit
  CHECK(api.handle(request("POST", "/api/import?path=x.vb&draft=x.docx", "PK")).status == 403);  // no CSRF token
  CHECK_FALSE(fs::exists(dir.path / "x.vb"));
}

// What the page shows for each refusal of the API: the status, the message's id and its words, one request
// each that makes the server refuse it.
namespace {

const std::string kNotice =
    "---\nso: 15\nngay: 2026-03-15\n---\n{% extends \"thong-bao\" %}\nĐoạn một.\n";

Request get(std::string target) { return request("GET", std::move(target)); }

// A state-changing request with the page's CSRF token.
Request post(std::string target, std::string body, std::vector<std::pair<std::string, std::string>> headers = {}) {
  headers.emplace_back("X-CSRF-Token", "token");
  return request("POST", std::move(target), std::move(body), std::move(headers));
}

// The response's `id` member ("" when it has none).
std::string id_of(const Response& r) {
  const std::string key = "\"id\":\"";
  const size_t at = r.body.rfind(key);
  if (at == std::string::npos) return "";
  const size_t start = at + key.size();
  return r.body.substr(start, r.body.find('"', start) - start);
}

bool shows(const Response& r, const std::string& words) { return r.body.find(words) != std::string::npos; }

struct Served {
  TempDir dir;
  Workspace ws{dir.path, 1024};
  UnusedEngine engine;
  Api api{ws, engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi}};
  Served() {
    dir.write("tb.vb", kNotice);
    dir.write("th/bien-soan.yaml",
              "bien_soan: {nam: 2023, den_thang: 2}\n"
              "don_vi:\n  - {ten: Huyện Can Lộc}\n"
              "chi_tieu:\n  - {ma: duong_th, ten: Đường, don_vi: km, loai: flow}\n"
              "nguon:\n  - tep: \"huyen/{don_vi}/{nam}-{thang}.csv\"\n");
  }
};

}  // namespace

TEST_CASE("api refusals: requests the server cannot read") {
  Served s;
  Response r = s.api.handle(get("/api/doc?path=%zz"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.bad_request");
  CHECK(shows(r, "yêu cầu không hợp lệ: query"));
  r = s.api.handle(post("/api/save", "{không phải JSON"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.bad_request");
  CHECK(shows(r, "yêu cầu không hợp lệ: JSON"));
  r = s.api.handle(get("/static/khong-co.js"));
  CHECK(r.status == 404);
  CHECK(id_of(r) == "serve.not_found");
  CHECK(shows(r, "không có trang `/static/khong-co.js`"));
  r = s.api.handle(post("/api/khong-co", R"({"path":"tb.vb","type":"thong-bao"})"));
  CHECK(r.status == 404);
  CHECK(id_of(r) == "serve.not_found");
  Request put{"PUT", "/api/doc?path=tb.vb", {{"Host", "127.0.0.1:8080"}}, ""};
  r = s.api.handle(put);
  CHECK(r.status == 405);
  CHECK(id_of(r) == "serve.method");
  CHECK(shows(r, "trang `/api/doc` không nhận yêu cầu PUT"));
  r = s.api.handle(post("/api/save", std::string(2048, ' ')));
  CHECK(r.status == 413);
  CHECK(id_of(r) == "serve.body_too_big");
  CHECK(shows(r, "nội dung gửi lên lớn hơn giới hạn 0 MB"));
  r = s.api.handle(post("/api/check", R"({"path":"tb.vb","body":"x"})"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.need_member");
  CHECK(shows(r, "thiếu `type` trong yêu cầu"));
  r = s.api.handle(post("/api/render?format=odt", R"({"path":"tb.vb","type":"thong-bao"})"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.bad_format");
  CHECK(shows(r, "định dạng `odt` không có: chỉ pdf, xlsx hoặc docx"));
}

TEST_CASE("api refusals: another site, another host, no key, no CSRF token") {
  Served s;
  Request other{"GET", "/api/files", {{"Host", "attacker.example:8080"}}, ""};
  Response r = s.api.handle(other);
  CHECK(r.status == 421);
  CHECK(id_of(r) == "serve.bad_host");
  CHECK(shows(r, "địa chỉ máy `attacker.example:8080` không được phục vụ"));
  Request no_token{"POST", "/api/save", {{"Host", "127.0.0.1:8080"}}, "{}"};
  r = s.api.handle(no_token);
  CHECK(r.status == 403);
  CHECK(id_of(r) == "serve.need_csrf");
  CHECK(shows(r, "yêu cầu thiếu mã chống giả mạo (CSRF)"));
  r = s.api.handle(post("/api/save", "{}", {{"Origin", "http://evil.example"}}));
  CHECK(r.status == 403);
  CHECK(id_of(r) == "serve.bad_origin");
  CHECK(shows(r, "yêu cầu đến từ trang khác (`http://evil.example`): bị từ chối"));

  TempDir dir;
  Workspace ws(dir.path, 1024);
  UnusedEngine engine;
  Api keyed(ws, engine, ApiConfig{"token", "khoa-truy-cap-0123456789", {}, Lang::vi});
  r = keyed.handle(get("/api/files"));
  CHECK(r.status == 401);
  CHECK(id_of(r) == "serve.need_key");
  CHECK(shows(r, "cần khóa truy cập: mở đúng địa chỉ (có ?khoa=…)"));
}

TEST_CASE("api refusals: paths outside the workspace, links, folders, missing and large files") {
  Served s;
  s.dir.write("lon.vb", kNotice + std::string(2048, 'x'));
  fs::create_directory(s.dir.path / "thu-muc.vb");
  fs::create_symlink(s.dir.path / "tb.vb", s.dir.path / "lien-ket.vb");
  Response r = s.api.handle(get("/api/doc?path=../../etc/passwd.vb"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.bad_path");
  CHECK(shows(r, "đường dẫn `../../etc/passwd.vb` không hợp lệ"));
  r = s.api.handle(get("/api/doc?path=lien-ket.vb"));
  CHECK(r.status == 403);
  CHECK(id_of(r) == "serve.symlink");
  CHECK(shows(r, "`lien-ket.vb` đi qua một liên kết tượng trưng: bị từ chối"));
  r = s.api.handle(get("/api/doc?path=khong-co.vb"));
  CHECK(r.status == 404);
  CHECK(id_of(r) == "serve.no_file");
  CHECK(shows(r, "không có tệp `khong-co.vb`"));
  r = s.api.handle(get("/api/doc?path=thu-muc.vb"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.not_a_file");
  CHECK(shows(r, "`thu-muc.vb` không phải một tệp thường"));
  r = s.api.handle(get("/api/doc?path=lon.vb"));
  CHECK(r.status == 413);
  CHECK(id_of(r) == "serve.too_big");
  CHECK(shows(r, "`lon.vb` lớn hơn giới hạn 0 MB (--limit data-mb)"));
  // A disk that takes no new file (/proc: not even root may create one there).
  Workspace proc("/proc", 1024);
  Api on_proc(proc, s.engine, ApiConfig{"token", "", {"127.0.0.1:8080"}, Lang::vi});
  r = on_proc.handle(post("/api/upload?path=so-lieu.csv", "a,b\n"));
  CHECK(r.status == 500);
  CHECK(id_of(r) == "serve.io");
  CHECK(shows(r, "không ghi/đọc được `so-lieu.csv` trên đĩa"));
}

TEST_CASE("api refusals: the wrong kind of file for the request") {
  Served s;
  Response r = s.api.handle(get("/api/doc?path=th/bien-soan.yaml"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.not_document");
  CHECK(shows(r, "`th/bien-soan.yaml` không phải văn bản .vb"));
  r = s.api.handle(post("/api/upload?path=moi.vb", "x"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.not_data");
  CHECK(shows(r, "`moi.vb` không phải tệp dữ liệu (.yaml, .yml, .json, .csv, .xlsx)"));
  r = s.api.handle(post("/api/import?path=moi.vb&draft=du-thao.vb", "PK"));
  CHECK(r.status == 400);
  CHECK(id_of(r) == "serve.not_draft");
  CHECK(shows(r, "`du-thao.vb` không phải bản thảo Word: chỉ nhận tệp .docx"));
  r = s.api.handle(post("/api/import?path=tb.vb&draft=tb.docx", "PK"));
  CHECK(r.status == 409);
  CHECK(id_of(r) == "serve.exists");
  CHECK(shows(r, "đã có tệp `tb.vb`: chọn tên khác"));
  r = s.api.handle(post("/api/compile/drop?path=tb.vb&name=2023-01.csv", "x"));
  CHECK(r.status == 422);
  CHECK(id_of(r) == "serve.not_spec");
  CHECK(shows(r, "`tb.vb` không phải bản biên soạn số liệu (khóa `bien_soan`)"));
}

TEST_CASE("api refusals: a save from a stale version") {
  Served s;
  Response r = s.api.handle(
      post("/api/save", R"({"path":"tb.vb","type":"thong-bao","fields":{},"body":"x","version":"cu"})"));
  CHECK(r.status == 409);
  CHECK(id_of(r) == "serve.conflict");
  CHECK(shows(r, "`tb.vb` đã được sửa ở nơi khác"));
}

TEST_CASE("api refusals: a document the form cannot hold says why") {
  Served s;
  s.dir.write("mo.vb", "---\nso: 1\n{% extends \"thong-bao\" %}\n");
  s.dir.write("danh-sach.vb", "---\n- so: 1\n---\n{% extends \"thong-bao\" %}\n");
  s.dir.write("khong-mau.vb", "---\nso: 1\n---\nChỉ có chữ.\n");
  const std::string unreadable = "không mở được `{}` trong biểu mẫu; sửa tệp bằng trình soạn thảo rồi mở lại: ";
  auto opened = [&](const std::string& name) {
    const Response r = s.api.handle(get("/api/doc?path=" + name));
    CHECK(r.status == 422);
    CHECK(id_of(r) == "serve.unreadable");
    std::string want = unreadable;
    want.replace(want.find("{}"), 2, name);
    CHECK(shows(r, want));
    return r;
  };
  CHECK(shows(opened("mo.vb"), "phần đầu (---) chưa đóng"));
  CHECK(shows(opened("danh-sach.vb"), "phần đầu phải là các cặp khóa: giá trị"));
  CHECK(shows(opened("khong-mau.vb"), "văn bản thiếu dòng {% extends \\\"LOẠI\\\" %}"));
  // The reason, as the form's reader gives it.
  auto reason = [&](const std::string& name) {
    std::ifstream in(s.dir.path / name, std::ios::binary);
    Diagnostics diags;
    CHECK_FALSE(split_document(std::string(std::istreambuf_iterator<char>(in), {}), diags));
    REQUIRE(diags.items().size() == 1);
    return diags.items()[0].id;
  };
  CHECK(reason("mo.vb") == "serve.front_matter");
  CHECK(reason("danh-sach.vb") == "serve.front_matter_map");
  CHECK(reason("khong-mau.vb") == "serve.no_extends");
}

TEST_CASE("api refusals: a unit's file the compile spec does not take") {
  Served s;
  auto drop = [&](const std::string& name) {
    return s.api.handle(post("/api/compile/drop?path=th/bien-soan.yaml&name=" + name, "don_vi,duong_th\nHuyện Can Lộc,12\n"));
  };
  Response r = drop("so-lieu.csv");
  CHECK(r.status == 422);
  CHECK(id_of(r) == "serve.drop_no_pattern");
  CHECK(shows(r, "tên tệp `so-lieu.csv` không khớp nguồn số liệu nào của bản biên soạn; đặt tên theo mẫu, ví dụ: "
                 "`huyen-can-loc-2023-02.csv`"));
  r = drop("huyen-can-loc-2022-01.csv");
  CHECK(id_of(r) == "serve.drop_other_year");
  CHECK(shows(r, "tệp `huyen-can-loc-2022-01.csv` là số liệu năm 2022, còn bản biên soạn tổng hợp năm 2023"));
  r = drop("huyen-can-loc-2023-05.csv");
  CHECK(id_of(r) == "serve.drop_outside");
  CHECK(shows(r, "tệp `huyen-can-loc-2023-05.csv` là số liệu tháng 05, ngoài kỳ báo cáo (tháng 1 đến tháng 2)"));
  r = drop("huyen-ha-noi-2023-01.csv");
  CHECK(id_of(r) == "serve.drop_unknown_unit");
  CHECK(shows(r, "tệp `huyen-ha-noi-2023-01.csv` ghi đơn vị `huyen-ha-noi`, không có trong danh sách đơn vị"));
  CHECK(drop("huyen-can-loc-2023-01.csv").status == 200);
  r = drop("huyen-can-loc-2023-01.csv");
  CHECK(r.status == 409);
  CHECK(id_of(r) == "serve.drop_exists");
  CHECK(shows(r, "đã có `th/huyen/huyen-can-loc/2023-01.csv`: gửi lại để thay bằng tệp mới"));
  // Month 2 is still missing: no report yet.
  r = s.api.handle(post("/api/compile/render?path=th/bien-soan.yaml&doc=tb.vb&format=pdf", ""));
  CHECK(r.status == 409);
  CHECK(id_of(r) == "serve.not_complete");
  CHECK(shows(r, "chưa lập được báo cáo: còn thiếu 1 ô số liệu, 0 ô có lỗi (xem bảng)"));
}
