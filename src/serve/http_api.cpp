#include "serve/http_api.h"

#include <httplib.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "core/hex.h"
#include "io/document_format.h"
#include "output/atomic_file.h"

namespace agreement_ocr {
namespace {

using Json = nlohmann::ordered_json;

void send_json(httplib::Response& response, int status, const Json& body) {
  response.status = status;
  response.set_content(body.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", "application/json");
}

void send_error(httplib::Response& response, int status, const std::string& code, const std::string& message) {
  send_json(response, status, {{"error", {{"code", code}, {"message", message}}}});
}

std::string error_code_for(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "payload_too_large";
    case 415: return "unsupported_media_type";
    case 422: return "unprocessable_document";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "error";
  }
}

// Keys compared in constant time (for keys of one length; the length itself is no secret).
bool key_matches(const std::string& given, const std::vector<ApiKey>& keys) {
  bool found = false;
  for (const ApiKey& key : keys)
    if (given.size() == key.key.size() && CRYPTO_memcmp(given.data(), key.key.data(), given.size()) == 0) found = true;
  return found;
}

std::string new_upload_id() {
  unsigned char random[12];
  if (RAND_bytes(random, sizeof random) != 1) return std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
  return hex_of(random, sizeof random);
}

}  // namespace

Result<std::vector<ApiKey>> parse_api_keys(const std::string& text) {
  std::vector<ApiKey> keys;
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == line.size())
      return Status::Usage("API keys file, line " + std::to_string(number) + ": expected name:key");
    keys.push_back({line.substr(0, colon), line.substr(colon + 1)});
  }
  if (keys.empty()) return Status::Usage("the API keys file holds no key");
  return keys;
}

Status serve_http(const HttpApiOptions& options, DocumentWorkers& workers, const std::atomic<bool>& stop,
                  const std::function<void(int port)>& on_listening) {
  httplib::Server server;
  // cpp-httplib has no limits of its own by default: the body is checked while it is read.
  server.set_payload_max_length(options.max_upload_bytes);
  server.set_read_timeout(std::chrono::seconds(30));
  server.set_write_timeout(std::chrono::seconds(30));
  server.set_keep_alive_timeout(5);
  // Every error answer is JSON, also those the library makes (404, 413, 400).
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (response.body.empty()) {
      const std::string message = response.status == 413   ? "the upload is over the limit (--max-upload)"
                                  : response.status == 404 ? "no such route"
                                                           : "the request cannot be served (HTTP " + std::to_string(response.status) + ")";
      send_error(response, response.status, error_code_for(response.status), message);
    }
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    send_error(response, 500, "internal", "unexpected failure");
  });
  server.set_pre_routing_handler([&](const httplib::Request& request, httplib::Response& response) {
    if (options.api_keys.empty() || request.path == "/healthz") return httplib::Server::HandlerResponse::Unhandled;
    const std::string header = request.get_header_value("Authorization");
    const std::string bearer = "Bearer ";
    if (header.rfind(bearer, 0) != 0 || !key_matches(header.substr(bearer.size()), options.api_keys)) {
      response.set_header("WWW-Authenticate", "Bearer");
      send_error(response, 401, "unauthorized", "an API key is needed: Authorization: Bearer KEY");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  server.Get("/healthz", [](const httplib::Request&, httplib::Response& response) { send_json(response, 200, {{"status", "ok"}}); });
  server.Get("/readyz", [&](const httplib::Request&, httplib::Response& response) {
    const bool writable = ::access(options.upload_dir.c_str(), W_OK) == 0;
    const bool ready = workers.ready() && writable;
    send_json(response, ready ? 200 : 503,
              {{"ready", ready}, {"workers", workers.ready()}, {"data_writable", writable}, {"queued", workers.queued()}});
  });
  server.Post("/v1/extract", [&](const httplib::Request& request, httplib::Response& response) {
    std::string body;
    std::string name;
    std::string content_type;
    if (request.is_multipart_form_data()) {
      if (!request.has_file("file")) return send_error(response, 400, "bad_request", "the multipart request has no field 'file'");
      const httplib::MultipartFormData file = request.get_file_value("file");
      body = file.content;
      name = file.filename;
      content_type = file.content_type;
    } else {
      body = request.body;
      name = request.has_param("name") ? request.get_param_value("name") : "";
      content_type = request.get_header_value("Content-Type");
    }
    if (body.empty()) return send_error(response, 400, "bad_request", "no document in the request");
    double wait = options.default_wait_seconds;
    if (request.has_param("wait")) {
      try {
        wait = std::stod(request.get_param_value("wait"));
      } catch (const std::exception&) {
        wait = -1;
      }
      if (!(wait >= 0 && wait <= 3600)) return send_error(response, 400, "bad_request", "wait must be seconds from 0 to 3600");
    }
    // The content decides what a scan is, as on the command line; text only when declared.
    const bool text = content_type.rfind("text/plain", 0) == 0;
    const DocumentFormat format = detect_format(Bytes(body.begin(), body.begin() + std::min<std::size_t>(body.size(), 1024)));
    if (!text && format == DocumentFormat::kUnknown)
      return send_error(response, 415, "unsupported_media_type", "not a PDF, TIFF, PNG or JPEG (text: Content-Type text/plain)");
    // The client's name is shown in the JSON only; no client string becomes a path.
    const std::string upload = options.upload_dir + "/" + new_upload_id() + (text ? ".txt" : ".upload");
    if (Status written = write_file_atomically(upload, body); !written.ok())
      return send_error(response, 503, "unavailable", "cannot store the upload: " + written.message());
    if (name.empty()) name = text ? "upload.txt" : "upload";
    auto queued = workers.submit({upload, name, /*remove_when_done=*/true});
    if (!queued) {
      std::error_code ignored;
      std::filesystem::remove(upload, ignored);
      response.set_header("Retry-After", "5");
      return send_error(response, 503, "unavailable", "every worker is busy and the queue is full; retry later");
    }
    const bool done = queued->wait_for(std::chrono::duration<double>(wait)) == std::future_status::ready;
    if (!done) {
      // Jobs (202 and a link to poll) are not built yet: the document is finished and dropped.
      return send_error(response, 503, "timeout", "not done within " + std::to_string(static_cast<int>(wait)) +
                                                      " s; ask with a longer ?wait= (jobs are not available yet)");
    }
    const ExtractOutcome& outcome = queued->get();
    if (outcome.stopped) return send_error(response, 503, "unavailable", outcome.status.message());
    if (!outcome.status.ok()) {
      const bool bad_input = outcome.status.code() == ErrorCode::kBadInput;
      return send_error(response, bad_input ? 422 : 500, bad_input ? "unprocessable_document" : "internal",
                        outcome.status.message());
    }
    response.status = 200;
    response.set_content(outcome.json, "application/json");
  });

  const int port = options.port == 0 ? server.bind_to_any_port(options.host) : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) return Status::Usage("cannot listen on " + options.host + ":" + std::to_string(options.port));
  std::atomic<bool> ended{false};
  std::thread watcher([&] {
    while (!stop.load() && !ended.load()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    server.stop();
  });
  if (on_listening) on_listening(port);
  server.listen_after_bind();
  ended = true;
  watcher.join();
  return Status::Ok();
}

}  // namespace agreement_ocr
