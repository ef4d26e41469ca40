#include "serve/metrics.h"

#include <sstream>
#include <vector>

#include "serve/job_store.h"

namespace agreement_ocr {

std::string ServiceMetrics::route_of(const std::string& path) {
  static const std::vector<std::string> kRoutes = {"/", "/healthz", "/readyz", "/metrics", "/v1/extract", "/v1/validate", "/v1/openapi.json",
                                                     "/v1/agreement.schema.json", "/v1/validate-report.schema.json", "/v1/jobs",
                                                     "/v1/references", "/desk/desk.js", "/desk/desk.css", "/favicon.ico"};
  for (const std::string& route : kRoutes)
    if (path == route) return route;
  const std::string jobs = "/v1/jobs/";
  if (path.rfind(jobs, 0) == 0 && path.size() >= jobs.size() + 24) {
    const std::string id = path.substr(jobs.size(), 24);
    const std::string rest = path.substr(jobs.size() + 24);
    if (is_job_id(id) && (rest.empty() || rest == "/result" || rest == "/decision")) return "/v1/jobs/{id}" + rest;
    const std::string pages = "/pages/";
    if (is_job_id(id) && rest.rfind(pages, 0) == 0 && rest.size() > pages.size() + 4 && rest.ends_with(".png") &&
        rest.find_first_not_of("0123456789", pages.size()) == rest.size() - 4)
      return "/v1/jobs/{id}/pages/{n}.png";
  }
  return "other";
}

void ServiceMetrics::count_request(const std::string& method, const std::string& path, int status) {
  std::lock_guard lock(mutex_);
  ++requests_[{method + " " + route_of(path), status}];
}

void ServiceMetrics::count_job(const std::string& outcome, const std::string& error_code) {
  std::lock_guard lock(mutex_);
  ++jobs_[outcome];
  if (!error_code.empty()) ++failures_[error_code];
}

void ServiceMetrics::count_page(double seconds) {
  std::lock_guard lock(mutex_);
  ++pages_;
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++page_seconds_buckets_[i];
  ++page_seconds_count_;
  page_seconds_sum_ += seconds;
}

std::string ServiceMetrics::prometheus_text(std::size_t queued, int workers) const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP agreement_ocr_http_requests_total HTTP requests by method, route and status.\n"
         "# TYPE agreement_ocr_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto space = key.first.find(' ');
    out << "agreement_ocr_http_requests_total{method=\"" << key.first.substr(0, space) << "\",route=\""
        << key.first.substr(space + 1) << "\",status=\"" << key.second << "\"} " << count << "\n";
  }
  out << "# HELP agreement_ocr_jobs_total Jobs over, by outcome.\n# TYPE agreement_ocr_jobs_total counter\n";
  for (const char* outcome : {"done", "failed", "cancelled"}) {
    const auto found = jobs_.find(outcome);
    out << "agreement_ocr_jobs_total{outcome=\"" << outcome << "\"} " << (found == jobs_.end() ? 0 : found->second) << "\n";
  }
  out << "# HELP agreement_ocr_job_failures_total Failed jobs by reason.\n# TYPE agreement_ocr_job_failures_total counter\n";
  for (const auto& [reason, count] : failures_) out << "agreement_ocr_job_failures_total{reason=\"" << reason << "\"} " << count << "\n";
  out << "# HELP agreement_ocr_pages_total Pages OCR'd.\n# TYPE agreement_ocr_pages_total counter\n"
      << "agreement_ocr_pages_total " << pages_ << "\n";
  out << "# HELP agreement_ocr_page_seconds Seconds a worker spent on a page (decoding, upright, OCR).\n"
         "# TYPE agreement_ocr_page_seconds histogram\n";
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    out << "agreement_ocr_page_seconds_bucket{le=\"" << kBuckets[i] << "\"} " << page_seconds_buckets_[i] << "\n";
  out << "agreement_ocr_page_seconds_bucket{le=\"+Inf\"} " << page_seconds_count_ << "\n"
      << "agreement_ocr_page_seconds_sum " << page_seconds_sum_ << "\n"
      << "agreement_ocr_page_seconds_count " << page_seconds_count_ << "\n";
  out << "# HELP agreement_ocr_queue_depth Jobs waiting for a worker.\n# TYPE agreement_ocr_queue_depth gauge\n"
      << "agreement_ocr_queue_depth " << queued << "\n";
  out << "# HELP agreement_ocr_workers OCR workers.\n# TYPE agreement_ocr_workers gauge\n"
      << "agreement_ocr_workers " << workers << "\n";
  return out.str();
}

}  // namespace agreement_ocr
