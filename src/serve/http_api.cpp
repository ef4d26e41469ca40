#include "serve/http_api.h"

#include <httplib.h>
#include <openssl/crypto.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "core/clock_text.h"
#include "io/document_format.h"
#include "serve/published_files.h"
#include "serve/review_images.h"
#include "validate/reference.h"

namespace agreement_ocr {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kHttpThreads = 64;

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
    case 409: return "conflict";
    case 410: return "cancelled";
    case 413: return "payload_too_large";
    case 415: return "unsupported_media_type";
    case 422: return "unprocessable_document";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "error";
  }
}

// Keys compared in constant time (for keys of one length; the length itself is no secret).
// The name of the key the request carries ("" when no keys are asked).
std::string key_name_of(const httplib::Request& request, const std::vector<ApiKey>& keys) {
  const std::string header = request.get_header_value("Authorization");
  const std::string bearer = "Bearer ";
  if (header.rfind(bearer, 0) != 0) return "";
  const std::string given = header.substr(bearer.size());
  std::string name;
  for (const ApiKey& key : keys)
    if (given.size() == key.key.size() && CRYPTO_memcmp(given.data(), key.key.data(), given.size()) == 0) name = key.name;
  return name;
}

// The references ?expect_ref= may name: the regular files `dir` lists, by file name. A
// client's string is only ever looked up here, never made into a path.
std::map<std::string, std::filesystem::path> references_in(const std::string& dir) {
  std::map<std::string, std::filesystem::path> references;
  std::error_code error;
  if (!dir.empty())
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
      if (entry.is_regular_file(error)) references[entry.path().filename().string()] = entry.path();
  return references;
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

Status serve_http(const HttpApiOptions& options, const std::shared_ptr<const Rules>& rules, JobStore& store,
                  DocumentWorkers& workers, ServiceMetrics& metrics, const std::atomic<bool>& stop,
                  const std::function<void(int port)>& on_listening) {
  httplib::Server server;
  // A request waiting for its job (?wait=) holds its thread: more threads than the library's
  // default of 8, so that waiting clients do not hold up /readyz, /metrics or new uploads.
  server.new_task_queue = [] { return new httplib::ThreadPool(kHttpThreads); };
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
    // Liveness and the desk's static files (which hold no data; the desk asks for the key and
    // sends it with its API requests) are open.
    if (options.api_keys.empty() || request.path == "/healthz" || request.path == "/" || request.path == "/favicon.ico" ||
        request.path.rfind("/desk/", 0) == 0)
      return httplib::Server::HandlerResponse::Unhandled;
    if (key_name_of(request, options.api_keys).empty()) {
      response.set_header("WWW-Authenticate", "Bearer");
      send_error(response, 401, "unauthorized", "an API key is needed: Authorization: Bearer KEY");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  server.set_logger([&](const httplib::Request& request, const httplib::Response& response) {
    metrics.count_request(request.method, request.path, response.status);
  });
  server.Get("/metrics", [&](const httplib::Request&, httplib::Response& response) {
    response.set_content(metrics.prometheus_text(workers.queued(), workers.workers()), "text/plain; version=0.0.4");
  });
  // The API's description and the schemas it references, as built into this binary.
  for (const char* name : {"openapi.json", "agreement.schema.json", "validate-report.schema.json"}) {
    server.Get(std::string("/v1/") + name, [name](const httplib::Request&, httplib::Response& response) {
      const auto file = published_file(name);
      if (!file) return send_error(response, 404, "not_found", "not built into this binary");
      response.set_content(std::string(*file), "application/json");
    });
  }
  // The validation desk: static files, nothing loaded from elsewhere.
  auto send_desk_file = [](httplib::Response& response, const std::string& name) {
    const auto file = desk_file(name);
    if (!file) return send_error(response, 404, "not_found", "no such file");
    const std::string type = name.ends_with(".html") ? "text/html; charset=utf-8"
                             : name.ends_with(".js") ? "text/javascript; charset=utf-8"
                                                     : "text/css; charset=utf-8";
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_content(std::string(*file), type);
  };
  server.Get("/", [send_desk_file](const httplib::Request&, httplib::Response& response) { send_desk_file(response, "index.html"); });
  server.Get(R"(/desk/([a-z]+\.(?:js|css)))", [send_desk_file](const httplib::Request& request, httplib::Response& response) {
    send_desk_file(response, request.matches[1]);
  });
  // Browsers ask for it; the desk has none (and its policy allows no data: icon).
  server.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& response) { response.status = 204; });
  // The names ?expect_ref= may take: the regular files the --references folder lists.
  server.Get("/v1/references", [&](const httplib::Request&, httplib::Response& response) {
    Json names = Json::array();
    for (const auto& [name, path] : references_in(options.references_dir)) names.push_back(name);
    send_json(response, 200, {{"references", names}});
  });
  server.Get("/healthz", [](const httplib::Request&, httplib::Response& response) { send_json(response, 200, {{"status", "ok"}}); });
  server.Get("/readyz", [&](const httplib::Request&, httplib::Response& response) {
    const bool writable = ::access((store.data_dir() + "/uploads").c_str(), W_OK) == 0;
    const bool ready = workers.ready() && writable;
    send_json(response, ready ? 200 : 503,
              {{"ready", ready}, {"workers", workers.ready()}, {"data_writable", writable}, {"queued", workers.queued()}});
  });
  // A document from the request: the body with its content type, or the multipart field
  // "file". Answers the error itself and returns false when there is none.
  auto read_upload = [](const httplib::Request& request, httplib::Response& response, JobUpload& upload) {
    std::string content_type;
    const std::string field = upload.kind == "validate" ? "scan" : "file";
    if (upload.kind == "validate" && !request.is_multipart_form_data()) {
      send_error(response, 400, "bad_request", "validate takes a multipart request: the field 'scan' and the reference");
      return false;
    }
    if (request.is_multipart_form_data()) {
      if (!request.has_file(field)) {
        send_error(response, 400, "bad_request", "the multipart request has no field '" + field + "'");
        return false;
      }
      const httplib::MultipartFormData file = request.get_file_value(field);
      upload.body = file.content;
      upload.name = file.filename;
      content_type = file.content_type;
    } else {
      upload.body = request.body;
      upload.name = request.has_param("name") ? request.get_param_value("name") : "";
      content_type = request.get_header_value("Content-Type");
    }
    if (upload.body.empty()) {
      send_error(response, 400, "bad_request", "no document in the request");
      return false;
    }
    // The content decides what a scan is, as on the command line; text only when declared.
    upload.text = content_type.rfind("text/plain", 0) == 0;
    const auto head = upload.body.substr(0, 1024);
    if (!upload.text && detect_format(Bytes(head.begin(), head.end())) == DocumentFormat::kUnknown) {
      send_error(response, 415, "unsupported_media_type", "not a PDF, TIFF, PNG or JPEG (text: Content-Type text/plain)");
      return false;
    }
    if (upload.name.empty()) upload.name = upload.text ? "upload.txt" : "upload";
    if (upload.kind == "validate" && upload.text) {
      send_error(response, 415, "unsupported_media_type", "a text has no ink to check; validate needs the scanned copy");
      return false;
    }
    return true;
  };
  // Validate's references: multipart fields "expect" (JSON, or text when sent as text/plain
  // or named .txt) and ?expect_ref=NAME, a file the --references folder lists by that name.
  auto read_references = [&](const httplib::Request& request, httplib::Response& response, JobUpload& upload) {
    const auto [begin, end] = request.files.equal_range("expect");
    for (auto it = begin; it != end; ++it) {
      const auto& file = it->second;
      const bool text = file.content_type.rfind("text/plain", 0) == 0 ||
                        (file.filename.size() >= 4 && file.filename.compare(file.filename.size() - 4, 4, ".txt") == 0);
      upload.references.push_back({file.content, text});
    }
    const std::size_t named = request.get_param_value_count("expect_ref");
    const auto listed = named > 0 ? references_in(options.references_dir) : std::map<std::string, std::filesystem::path>{};
    for (std::size_t i = 0; i < named; ++i) {
      const std::string name = request.get_param_value("expect_ref", i);
      const auto found = listed.find(name);
      if (found == listed.end()) {
        send_error(response, 404, "not_found", "no reference named '" + name + "' in the references folder");
        return false;
      }
      std::ifstream in(found->second, std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      upload.references.push_back({content.str(), found->second.extension() == ".txt"});
    }
    if (upload.references.size() > 2) {
      send_error(response, 400, "bad_request", "at most two references: the expected fields (JSON) and the original text");
      return false;
    }
    if (upload.references.empty()) {
      send_error(response, 400, "bad_request", "validate needs a reference: the field 'expect' or ?expect_ref=NAME");
      return false;
    }
    return true;
  };
  auto read_wait = [](const httplib::Request& request, httplib::Response& response, double fallback, double& wait) {
    wait = fallback;
    if (!request.has_param("wait")) return true;
    try {
      wait = std::stod(request.get_param_value("wait"));
    } catch (const std::exception&) {
      wait = -1;
    }
    if (wait >= 0 && wait <= 3600) return true;
    send_error(response, 400, "bad_request", "wait must be seconds from 0 to 3600");
    return false;
  };
  auto job_json = [](const JobRecord& record) {
    Json json = record.to_json();
    const std::string self = "/v1/jobs/" + record.id;
    json["links"] = {{"self", self}, {"result", self + "/result"}, {"decision", self + "/decision"}};
    if (record.pages_total > 0) json["links"]["page_images"] = self + "/pages/{n}.png";
    return json;
  };
  // Stores the upload as a queued job and queues it; answers the error itself otherwise.
  auto accept = [&](const std::string& kind, const httplib::Request& request, httplib::Response& response,
                    std::optional<JobRecord>& job) {
    JobUpload upload;
    upload.kind = kind;
    if (!read_upload(request, response, upload)) return false;
    if (kind == "validate") {
      if (!read_references(request, response, upload)) return false;
      upload.require_stamp = request.has_param("require_stamp") && request.get_param_value("require_stamp") == "true";
    }
    upload.key_name = key_name_of(request, options.api_keys);
    auto created = store.create(upload);
    if (!created.ok()) {
      send_error(response, 503, "unavailable", "cannot store the upload: " + created.status().message());
      return false;
    }
    // A reference that asks for nothing or cannot be read is refused now, not after the OCR.
    for (const std::string& path : store.reference_paths(*created)) {
      const auto reference = load_reference(path, *rules);
      if (!reference.ok()) {
        store.remove(created->id);
        send_error(response, 422, "unprocessable_reference", reference.status().message());
        return false;
      }
    }
    if (!workers.submit(created->id)) {
      store.remove(created->id);
      response.set_header("Retry-After", "5");
      send_error(response, 503, "unavailable", "every worker is busy and the queue is full; retry later");
      return false;
    }
    job = *created;
    return true;
  };
  // A finished job's answer: its result, or its error with the status that says why.
  auto answer_result = [&](const JobRecord& record, httplib::Response& response) {
    if (record.status == JobStatus::kDone) {
      std::ifstream in(store.result_path(record.id), std::ios::binary);
      std::ostringstream result;
      result << in.rdbuf();
      if (!in || result.str().empty()) return send_error(response, 500, "internal", "the job's result is missing");
      response.status = 200;
      response.set_content(result.str(), "application/json");
    } else if (record.status == JobStatus::kFailed) {
      send_error(response, record.error_code == "unprocessable_document" ? 422 : 500, record.error_code, record.error);
    } else if (record.status == JobStatus::kCancelled) {
      send_error(response, 410, "cancelled", "the job was cancelled");
    } else {
      send_error(response, 409, "not_done", "the job is " + job_status_name(record.status));
    }
  };

  // A job of `kind` answered when it is done within ?wait= seconds; past that, 202 and the job.
  auto answer_when_done = [&](const std::string& kind) {
    return [&, kind](const httplib::Request& request, httplib::Response& response) {
      double wait = 0;
      if (!read_wait(request, response, options.default_wait_seconds, wait)) return;
      std::optional<JobRecord> job;
      if (!accept(kind, request, response, job)) return;
      const auto record = store.wait(job->id, wait);
      if (record && record->over()) return answer_result(*record, response);
      send_json(response, 202, job_json(record ? *record : *job));
    };
  };
  // The extract JSON of one file.
  server.Post("/v1/extract", answer_when_done("extract"));
  // The validate report of a returned copy against its reference; a mismatch is a 200 with
  // the verdict in the body.
  server.Post("/v1/validate", answer_when_done("validate"));
  server.Post("/v1/jobs", [&](const httplib::Request& request, httplib::Response& response) {
    const std::string kind = request.has_param("kind") ? request.get_param_value("kind") : "extract";
    if (kind != "extract" && kind != "validate") return send_error(response, 400, "bad_request", "kind must be extract or validate");
    std::optional<JobRecord> job;
    if (!accept(kind, request, response, job)) return;
    send_json(response, 202, job_json(*job));
  });
  server.Get("/v1/jobs", [&](const httplib::Request& request, httplib::Response& response) {
    std::optional<JobStatus> status;
    if (request.has_param("status")) {
      status = job_status_from(request.get_param_value("status"));
      if (!status) return send_error(response, 400, "bad_request", "status must be queued, running, done, failed or cancelled");
    }
    Json jobs = Json::array();
    for (const JobRecord& record : store.list(status)) jobs.push_back(job_json(record));
    send_json(response, 200, {{"jobs", jobs}});
  });
  // Job ids are 24 hex digits made by the service; anything else is no route (404).
  server.Get(R"(/v1/jobs/([0-9a-f]{24}))", [&](const httplib::Request& request, httplib::Response& response) {
    double wait = 0;
    if (!read_wait(request, response, 0, wait)) return;
    const auto record = store.wait(request.matches[1], wait);
    if (!record) return send_error(response, 404, "not_found", "no such job");
    send_json(response, 200, job_json(*record));
  });
  server.Get(R"(/v1/jobs/([0-9a-f]{24})/result)", [&](const httplib::Request& request, httplib::Response& response) {
    const auto record = store.get(request.matches[1]);
    if (!record) return send_error(response, 404, "not_found", "no such job");
    answer_result(*record, response);
  });
  // A page of the job as scanned, turned upright by its quarter turn, for drawing the boxes
  // of its result on; ?width= scales it down.
  server.Get(R"(/v1/jobs/([0-9a-f]{24})/pages/([0-9]{1,5})\.png)", [&](const httplib::Request& request, httplib::Response& response) {
    const auto record = store.get(request.matches[1]);
    if (!record) return send_error(response, 404, "not_found", "no such job");
    std::optional<int> width;
    if (request.has_param("width")) {
      const std::string text = request.get_param_value("width");
      if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos || std::stoi(text) < 16)
        return send_error(response, 400, "bad_request", "width must be a number of pixels from 16 to 9999");
      width = std::stoi(text);
    }
    const auto png = review_png(store.page_image_path(record->id, std::stoi(request.matches[2])), width);
    if (!png) return send_error(response, 404, "not_found", "no such page (yet)");
    response.set_header("Cache-Control", "private, max-age=3600");
    response.set_content(*png, "image/png");
  });
  // A clerk's decision on a done job: {"decision": "accepted"|"rejected", "comment": "..."}.
  server.Post(R"(/v1/jobs/([0-9a-f]{24})/decision)", [&](const httplib::Request& request, httplib::Response& response) {
    const Json body = Json::parse(request.body, nullptr, false);
    if (!body.is_object() || !body.contains("decision") || !body["decision"].is_string() ||
        (body["decision"] != "accepted" && body["decision"] != "rejected") ||
        (body.contains("comment") && !body["comment"].is_string()))
      return send_error(response, 400, "bad_request", R"(expected {"decision": "accepted" or "rejected", "comment": "..."})");
    const std::string comment = body.value("comment", "");
    if (comment.size() > 4000) return send_error(response, 400, "bad_request", "the comment is over 4000 bytes");
    const auto record = store.decide(request.matches[1], {body["decision"].get<std::string>(), comment,
                                                          key_name_of(request, options.api_keys), utc_timestamp()});
    if (!record) return send_error(response, 404, "not_found", "no such job");
    if (record->status != JobStatus::kDone)
      return send_error(response, 409, "conflict", "the job is " + job_status_name(record->status) + "; only a done job can be decided on");
    send_json(response, 200, job_json(*record));
  });

  // A queued job is cancelled at once (200); a running one ends after its pages in work (202,
  // then GET shows "cancelled"); a job that is over cannot be cancelled (409).
  server.Delete(R"(/v1/jobs/([0-9a-f]{24}))", [&](const httplib::Request& request, httplib::Response& response) {
    const std::string id = request.matches[1];
    const auto before = store.get(id);
    if (!before) return send_error(response, 404, "not_found", "no such job");
    if (before->over()) return send_error(response, 409, "conflict", "the job is " + job_status_name(before->status) + " already");
    auto record = store.cancel_if_queued(id);
    if (record && record->status == JobStatus::kCancelled) {
      metrics.count_job("cancelled", "");
      return send_json(response, 200, job_json(*record));
    }
    workers.cancel(id);
    record = store.get(id);
    if (!record) return send_error(response, 404, "not_found", "no such job");
    if (record->over() && record->status != JobStatus::kCancelled)
      return send_error(response, 409, "conflict", "the job is " + job_status_name(record->status) + " already");
    Json json = job_json(*record);
    if (!record->over()) json["cancel_requested"] = true;
    send_json(response, record->over() ? 200 : 202, json);
  });

  const int port = options.port == 0 ? server.bind_to_any_port(options.host) : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) return Status::Usage("cannot listen on " + options.host + ":" + std::to_string(options.port));
  std::atomic<bool> ended{false};
  std::thread watcher([&] {
    while (!stop.load() && !ended.load()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    store.stop_waiting();  // long polls answer now (202 or the job as it is), so the server can stop
    server.stop();
  });
  if (on_listening) on_listening(port);
  server.listen_after_bind();
  ended = true;
  watcher.join();
  return Status::Ok();
}

}  // namespace agreement_ocr
