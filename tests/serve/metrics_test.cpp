#include "serve/metrics.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

// Routes are labels: ids fold into {id} and anything unknown into "other", so a client
// cannot grow the metrics without bound.
TEST(ServiceMetrics, PathsFoldIntoRoutes) {
  EXPECT_EQ(ServiceMetrics::route_of("/v1/extract"), "/v1/extract");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/validate"), "/v1/validate");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef01234567"), "/v1/jobs/{id}");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef01234567/result"), "/v1/jobs/{id}/result");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef0123456X"), "other");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef01234567/x"), "other");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef01234567/decision"), "/v1/jobs/{id}/decision");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef01234567/pages/12.png"), "/v1/jobs/{id}/pages/{n}.png");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef01234567/pages/.png"), "other");
  EXPECT_EQ(ServiceMetrics::route_of("/v1/jobs/0123456789abcdef01234567/pages/1x.png"), "other");
  EXPECT_EQ(ServiceMetrics::route_of("/random/path/42"), "other");
}

TEST(ServiceMetrics, PagesGoIntoTheHistogramByTheirOwnTime) {
  ServiceMetrics metrics;
  metrics.count_request("POST", "/v1/extract", 200);
  metrics.count_request("POST", "/v1/extract", 200);
  for (double seconds : {2.5, 2.5, 3.0, 2.0}) metrics.count_page(seconds);
  metrics.count_job("done", "");
  metrics.count_job("failed", "unprocessable_document");
  const std::string text = metrics.prometheus_text(3, 2);
  EXPECT_NE(text.find("agreement_ocr_http_requests_total{method=\"POST\",route=\"/v1/extract\",status=\"200\"} 2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("agreement_ocr_jobs_total{outcome=\"done\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_jobs_total{outcome=\"failed\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_job_failures_total{reason=\"unprocessable_document\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_pages_total 4\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_page_seconds_bucket{le=\"1\"} 0\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_page_seconds_bucket{le=\"2\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_page_seconds_bucket{le=\"4\"} 4\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_page_seconds_bucket{le=\"+Inf\"} 4\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_page_seconds_sum 10\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_queue_depth 3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("agreement_ocr_workers 2\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace agreement_ocr
