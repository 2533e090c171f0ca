// Stage: cli.
// `vanban serve` itself: built into `vanban-serve` only, the one executable that
// links cpp-httplib (and through it OpenSSL, zlib and Brotli, loaded at start).
// `vanban serve` runs it (launch_serve.cpp), so every other command starts
// without loading them.
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/serve_engine.hpp"
#include "core/atomic_file.hpp"
#include "serve/http_server.hpp"
#include "serve/messages.hpp"

#include <CLI/CLI.hpp>

#include <arpa/inet.h>
#include <malloc.h>
#include <csignal>
#include <iostream>
#include <pthread.h>
#include <thread>

namespace vanban::cli {
namespace fs = std::filesystem;

namespace {

bool valid_key(const std::string& key) {
  return key.size() >= 16 && std::all_of(key.begin(), key.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
         });
}

std::optional<std::string> read_key(const std::string& file, Diagnostics& diags) {
  Diagnostic error;
  auto text = read_file(file, error, 1);
  if (!text) {
    diags.add(std::move(error));
    return std::nullopt;
  }
  std::string key = *text;
  while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
  if (!valid_key(key)) {
    diags.add(make_error({}, serve::msg::kBadKeyFile, file));
    return std::nullopt;
  }
  return key;
}

bool ip_address(const std::string& s) {
  unsigned char buf[16];
  return inet_pton(AF_INET, s.c_str(), buf) == 1 || inet_pton(AF_INET6, s.c_str(), buf) == 1;
}

}  // namespace

int run_serve(const Options& opts, const ServeSettings& settings) {
  Diagnostics diags;
  std::error_code ec;
  if (!fs::is_directory(settings.dir, ec)) {
    diags.add(make_error({}, serve::msg::kNoDir, settings.dir));
    report(diags, opts.lang);
    return static_cast<int>(ExitCode::io);
  }
  const bool listening = !settings.listen.empty();
  if (listening && !ip_address(settings.listen)) {
    diags.add(make_error({}, serve::msg::kBadListen, settings.listen));
    report(diags, opts.lang);
    return static_cast<int>(ExitCode::usage);
  }
  serve::ApiConfig config;
  config.lang = opts.lang;
  config.csrf_token = serve::random_token(32);
  if (listening) {
    if (!settings.key_file.empty()) {
      auto key = read_key(settings.key_file, diags);
      if (!key) return report(diags, opts.lang);
      config.access_key = *key;
    } else {
      config.access_key = serve::random_token(16);
    }
  }
  const fs::path fonts_file = opts.fonts_file.empty() ? layout::default_fonts_file() : fs::path(opts.fonts_file);
  std::optional<layout::FontSet> fonts = layout::FontSet::load(fonts_file, diags);
  if (!fonts || !can_list_builtin_templates(diags)) return report(diags, opts.lang);

  // SIGINT and SIGTERM stop the server from a thread of their own; every other thread —
  // the engine's workers included, so this comes before them — has them blocked.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
  // A long-running server on many connection threads: without a cap glibc gives each thread a heap
  // arena of its own, and the resident memory creeps up as connections land on new threads.
  mallopt(M_ARENA_MAX, static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u)));
  const size_t max_bytes = opts.limits.data_mb * 1024 * 1024;
  serve::Workspace workspace(settings.dir, max_bytes);
  ServeEngine engine(opts, *fonts);
  serve::ServerOptions server_options;
  server_options.host = listening ? settings.listen : "127.0.0.1";
  server_options.port = settings.port;
  server_options.max_body = max_bytes + 1024 * 1024;


  serve::Api api(workspace, engine, config);
  serve::HttpServer server(api, server_options);
  const int port = server.bind();
  if (port < 0) {
    diags.add(make_error({}, serve::msg::kCannotBind, settings.port, server_options.host));
    report(diags, opts.lang);
    return static_cast<int>(ExitCode::io);  // the port or the address, not the input
  }
  // On loopback only the loopback names of this port are served (no DNS rebinding).
  if (!listening) {
    const std::string p = std::to_string(port);
    api.serve_hosts({"127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p});
  }

  const std::string host = listening ? settings.listen : "127.0.0.1";
  std::string address = "http://" + (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" +
                        std::to_string(port) + "/";
  if (listening) address += "?khoa=" + config.access_key;
  std::cout << make_error({}, serve::msg::kListening, address, workspace.root().string()).text(opts.lang) << '\n';
  if (listening) std::cout << make_error({}, serve::msg::kKeyPrinted).text(opts.lang) << '\n';
  std::cout.flush();

  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
  });
  const bool served = server.run();
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  return served ? 0 : static_cast<int>(ExitCode::io);
}

}  // namespace vanban::cli
