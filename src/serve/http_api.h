// The service's HTTP API (cpp-httplib): routes, status codes and JSON errors, as
// schema/openapi.json describes them.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/rules.h"
#include "serve/document_workers.h"
#include "serve/job_store.h"
#include "serve/metrics.h"

namespace agreement_ocr {

struct ApiKey {
  std::string name;
  std::string key;
};

struct HttpApiOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                 // 0: any free port (reported through on_listening)
  std::size_t max_upload_bytes = std::size_t{256} << 20;
  double default_wait_seconds = 60.0;
  std::vector<ApiKey> api_keys;    // empty: no key asked (loopback only, checked by the caller)
  std::string references_dir;      // validate's ?expect_ref=NAME: a file this folder lists
};

// Serves until `stop` turns true. `on_listening` gets the port once the socket is bound.
// Fails when the address cannot be bound.
Status serve_http(const HttpApiOptions& options, const std::shared_ptr<const Rules>& rules, JobStore& store,
                  DocumentWorkers& workers, ServiceMetrics& metrics, const std::atomic<bool>& stop,
                  const std::function<void(int port)>& on_listening);

// "name:key" a line; blank lines and lines starting with '#' are skipped.
Result<std::vector<ApiKey>> parse_api_keys(const std::string& text);

}  // namespace agreement_ocr
