// Stage: serve.
// The page's HTTP API as a function from a request value to a response value: no socket, so that it is
// tested and fuzzed alone. Access key, host and CSRF checks, the workspace's files, check, preview, save.
#pragma once

#include "core/diagnostic.hpp"
#include "serve/engine.hpp"
#include "serve/workspace.hpp"

#include <string>
#include <utility>
#include <vector>

namespace vanban::serve {

struct Request {
  std::string method;   // GET, POST, …
  std::string target;   // path and query as sent: `/api/doc?path=a.vb`
  std::vector<std::pair<std::string, std::string>> headers;  // names as sent (compared without case)
  std::string body;
  const std::string* header(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

struct ApiConfig {
  std::string csrf_token;            // every state-changing request carries it (X-CSRF-Token)
  std::string access_key;            // "" on loopback; with --listen every request carries it (cookie or X-Vanban-Key)
  std::vector<std::string> hosts;    // Host headers served ("" = any): loopback names, against DNS rebinding
  Lang lang = Lang::vi;
};

// The Content-Security-Policy every response carries.
extern const char* const kContentSecurityPolicy;

class Api {
 public:
  Api(Workspace& workspace, Engine& engine, ApiConfig config)
      : workspace_(workspace), engine_(engine), config_(std::move(config)) {}

  Response handle(const Request& request);
  // The Host headers served, once the port is known (before serving).
  void serve_hosts(std::vector<std::string> hosts) { config_.hosts = std::move(hosts); }

 private:
  Response route(const Request& request, const std::string& path, const std::string& query);
  Response error(int status, const Diagnostic& d) const;
  Response refusal(Refusal why, const std::string& path) const;

  Workspace& workspace_;
  Engine& engine_;
  ApiConfig config_;
};

}  // namespace vanban::serve
