// Stage: serve.
// The one file that knows cpp-httplib: sockets, threads, timeouts, size limits; each request handed to the Api.
#pragma once

#include "serve/api.hpp"

#include <memory>
#include <string>

namespace vanban::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;             // 0: any free port
  size_t max_body = 0;         // bytes of a request body (the --limit data-mb)
  size_t threads = 32;         // connections served at once (builds run apart, on one worker per core)
};

class HttpServer {
 public:
  HttpServer(Api& api, ServerOptions options);
  ~HttpServer();
  // Binds the address; returns the port bound, or -1 (address taken, not local, …).
  int bind();
  // Serves until stop() (from another thread or a signal handler's thread).
  bool run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `bytes` random bytes from the kernel, as lowercase hex (access keys, CSRF tokens).
std::string random_token(size_t bytes);

}  // namespace vanban::serve
