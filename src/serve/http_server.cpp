// Stage: serve.
#include "serve/http_server.hpp"

#include <httplib.h>

#include <fmt/format.h>

#include <fstream>
#include <stdexcept>

namespace vanban::serve {

struct HttpServer::Impl {
  Api& api;
  ServerOptions options;
  httplib::Server server;
  Impl(Api& a, ServerOptions o) : api(a), options(std::move(o)) {}
};

namespace {

void serve(Api& api, const httplib::Request& hreq, httplib::Response& hres) {
  Request req;
  req.method = hreq.method;
  req.target = hreq.target;
  req.body = hreq.body;
  for (const auto& [k, v] : hreq.headers) req.headers.emplace_back(k, v);
  Response res = api.handle(req);
  hres.status = res.status;
  for (const auto& [k, v] : res.headers) hres.set_header(k, v);
  if (hreq.method != "HEAD") hres.set_content(std::move(res.body), res.content_type);
}

}  // namespace

HttpServer::HttpServer(Api& api, ServerOptions options) : impl_(std::make_unique<Impl>(api, std::move(options))) {
  auto& s = impl_->server;
  const size_t threads = impl_->options.threads;
  s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // Slow clients are cut off; a huge body is refused before it is read (413).
  s.set_read_timeout(5, 0);
  s.set_write_timeout(10, 0);
  s.set_keep_alive_timeout(5);
  s.set_keep_alive_max_count(100);
  s.set_payload_max_length(impl_->options.max_body);
  // SO_REUSEADDR (a restart binds again at once) but not httplib's default SO_REUSEPORT: with it a second
  // `vanban serve` on a port in use bound as well, and the kernel shared the requests between the two
  // servers (each with its own CSRF token and folder) instead of refusing the second.
  s.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  Api& api_ref = impl_->api;
  auto handler = [&api_ref](const httplib::Request& req, httplib::Response& res) { serve(api_ref, req, res); };
  s.Get(".*", handler);
  s.Post(".*", handler);
  s.Put(".*", handler);
  s.Delete(".*", handler);
  s.Patch(".*", handler);
  s.Options(".*", handler);
  // What httplib refuses itself (a body over the limit, a malformed request) still gets the headers.
  s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    if (res.body.empty()) {
      res.set_content(fmt::format("{{\"error\":\"HTTP {}\"}}", res.status), "application/json; charset=utf-8");
    }
  });
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_content("{\"error\":\"lỗi nội bộ\"}", "application/json; charset=utf-8");
  });
}

HttpServer::~HttpServer() = default;

int HttpServer::bind() {
  auto& s = impl_->server;
  if (impl_->options.port == 0) return s.bind_to_any_port(impl_->options.host);
  return s.bind_to_port(impl_->options.host, impl_->options.port) ? impl_->options.port : -1;
}

bool HttpServer::run() { return impl_->server.listen_after_bind(); }

void HttpServer::stop() { impl_->server.stop(); }

std::string random_token(size_t bytes) {
  std::ifstream in("/dev/urandom", std::ios::binary);
  std::string raw(bytes, '\0');
  if (!in.read(raw.data(), static_cast<std::streamsize>(bytes))) throw std::runtime_error("/dev/urandom");
  std::string out;
  for (char c : raw) out += fmt::format("{:02x}", static_cast<unsigned char>(c));
  return out;
}

}  // namespace vanban::serve
