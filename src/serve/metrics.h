// The service's figures in Prometheus' text format (GET /metrics): requests by route and
// status, jobs by outcome, pages done, seconds per page, failures by reason, queue depth.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace agreement_ocr {

class ServiceMetrics {
 public:
  // `path` is the request's; ids and unknown paths are folded, so labels stay few.
  void count_request(const std::string& method, const std::string& path, int status);
  // A job is over: "done", "failed" or "cancelled"; failures by their error code.
  void count_job(const std::string& outcome, const std::string& error_code);
  // A page was OCR'd, in `seconds` of its worker's time (opening the document not counted).
  void count_page(double seconds);
  std::string prometheus_text(std::size_t queued, int workers) const;

  static std::string route_of(const std::string& path);

 private:
  // Upper bounds of the seconds-per-page histogram: from a blank page to one past the
  // default OCR limit's reach on a slow machine.
  static constexpr std::array<double, 8> kBuckets = {0.5, 1, 2, 4, 8, 16, 32, 64};
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, long long> requests_;  // (method route, status)
  std::map<std::string, long long> jobs_;
  std::map<std::string, long long> failures_;
  long long pages_ = 0;
  std::array<long long, kBuckets.size()> page_seconds_buckets_{};
  long long page_seconds_count_ = 0;
  double page_seconds_sum_ = 0;
};

}  // namespace agreement_ocr
