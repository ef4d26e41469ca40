// The HTTP service run as a user runs it: `agreement-ocr serve` on a free loopback port,
// requests through cpp-httplib's client.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/bad_inputs.h"
#include "support/run_command.h"
#include "support/sample_files.h"

namespace agreement_ocr {
namespace {

using Json = nlohmann::json;

// A running service and a client for it; SIGTERM and a wait for the exit when destroyed.
class Service {
 public:
  explicit Service(std::vector<std::string> extra = {}, std::string data = "")
      : data_(data.empty() ? testing::make_temp_dir() : data), own_data_(data.empty()) {
    std::vector<std::string> arguments = {"serve", "--listen", "127.0.0.1:0", "--data", data_};
    if (std::find(extra.begin(), extra.end(), "--jobs") == extra.end()) extra.insert(extra.end(), {"--jobs", "1"});
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    program_ = testing::start_agreement_ocr(arguments);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    const std::string marker = "listening on http://127.0.0.1:";
    while (std::chrono::steady_clock::now() < deadline) {
      const std::string out = testing::output_so_far(program_);
      if (const auto at = out.find(marker); at != std::string::npos && out.find('\n', at) != std::string::npos) {
        port_ = std::stoi(out.substr(at + marker.size()));
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~Service() {
    if (program_.pid > 0) {
      ::kill(program_.pid, SIGTERM);
      testing::wait_for(program_);
    }
    if (own_data_) std::filesystem::remove_all(data_);
  }
  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(std::chrono::seconds(300));
    return client;
  }
  testing::CommandResult stop(int signal_number = SIGTERM) {
    ::kill(program_.pid, signal_number);
    return testing::wait_for(program_);
  }
  const std::string& data() const { return data_; }

 private:
  std::string data_;
  bool own_data_ = true;
  testing::StartedProgram program_;
  int port_ = 0;
};

std::string as_text(const Bytes& bytes) { return std::string(bytes.begin(), bytes.end()); }

Json error_of(const httplib::Result& result) {
  if (!result) return {};
  return Json::parse(result->body, nullptr, false);
}

TEST(Serve, ExtractAnswersWhatTheCommandLinePrints) {
  Service service;
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  const auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  const auto ready = client.Get("/readyz");
  ASSERT_TRUE(ready);
  EXPECT_EQ(ready->status, 200) << ready->body;

  const Bytes scan = testing::file_at("samples/marburg-biedenkopf-2026.png");
  const auto served =
      client.Post("/v1/extract?name=marburg-biedenkopf-2026.png", std::string(scan.begin(), scan.end()), "image/png");
  ASSERT_TRUE(served);
  ASSERT_EQ(served->status, 200) << served->body;
  EXPECT_EQ(served->get_header_value("Content-Type"), "application/json");
  const auto cli = testing::run_agreement_ocr({"extract", testing::file_path("samples/marburg-biedenkopf-2026.png")});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  Json expected = Json::parse(cli.out);
  expected["source"]["path"] = "marburg-biedenkopf-2026.png";  // the CLI names the path it was given
  EXPECT_EQ(Json::parse(served->body), expected);

  // A text goes as multipart with its type; its upload is gone once answered.
  httplib::MultipartFormDataItems items = {
      {"file", as_text(testing::file_at("samples/zielvereinbarung-2025-wiesbaden.txt")), "seed.txt", "text/plain"}};
  const auto text = client.Post("/v1/extract", items);
  ASSERT_TRUE(text);
  ASSERT_EQ(text->status, 200) << text->body;
  EXPECT_EQ(Json::parse(text->body)["source"]["format"], "text");
  EXPECT_EQ(Json::parse(text->body)["source"]["path"], "seed.txt");
  EXPECT_TRUE(std::filesystem::is_empty(service.data() + "/uploads"));
  const auto stopped = service.stop();
  EXPECT_EQ(stopped.exit_code, 0) << stopped.err;
}

// Bad requests get a JSON error and the status that says what is wrong; the worker lives on.
TEST(Serve, BadRequestsGetTheirStatusAndAJsonError) {
  Service service({"--max-upload", "1"});
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  struct Case {
    httplib::Result result;
    int status;
    std::string code;
  };
  const Bytes png = testing::png_page();
  std::vector<Case> cases;
  cases.push_back({client.Post("/v1/extract", "garbage bytes", "application/octet-stream"), 415, "unsupported_media_type"});
  const Bytes truncated = testing::truncated(png);
  cases.push_back({client.Post("/v1/extract", std::string(truncated.begin(), truncated.end()), "image/png"), 422,
                   "unprocessable_document"});
  cases.push_back({client.Post("/v1/extract", std::string(std::size_t{2} << 20, 'x'), "application/octet-stream"), 413,
                   "payload_too_large"});
  cases.push_back({client.Post("/v1/extract", "", "image/png"), 400, "bad_request"});
  cases.push_back({client.Post("/v1/extract?wait=abc", std::string(png.begin(), png.end()), "image/png"), 400, "bad_request"});
  cases.push_back({client.Get("/v1/nothing"), 404, "not_found"});
  for (const Case& item : cases) {
    ASSERT_TRUE(item.result) << item.code;
    EXPECT_EQ(item.result->status, item.status) << item.result->body;
    const Json error = error_of(item.result);
    ASSERT_TRUE(error.contains("error")) << item.result->body;
    EXPECT_EQ(error["error"]["code"], item.code) << item.result->body;
  }
  // The truncated file's message is the command line's one line.
  EXPECT_FALSE(error_of(cases[1].result)["error"]["message"].get<std::string>().empty());
  // And a good page still goes through the same worker.
  const auto good = client.Post("/v1/extract", std::string(png.begin(), png.end()), "image/png");
  ASSERT_TRUE(good);
  EXPECT_EQ(good->status, 200) << good->body;
}

// A page over --max-ocr-seconds fails its job only, with the command line's message; the
// worker takes the next job.
TEST(Serve, APageOverTheOcrLimitFailsItsJobOnly) {
  Service service({"--max-ocr-seconds", "0.01"});
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  const Bytes scan = testing::file_at("samples/marburg-biedenkopf-2026.png");
  const auto over = client.Post("/v1/extract", std::string(scan.begin(), scan.end()), "image/png");
  ASSERT_TRUE(over);
  EXPECT_EQ(over->status, 422) << over->body;
  EXPECT_EQ(error_of(over)["error"]["code"], "unprocessable_document");
  EXPECT_NE(error_of(over)["error"]["message"].get<std::string>().find("--max-ocr-seconds"), std::string::npos) << over->body;
  httplib::MultipartFormDataItems items = {
      {"file", as_text(testing::file_at("samples/zielvereinbarung-2025-wiesbaden.txt")), "seed.txt", "text/plain"}};
  const auto next = client.Post("/v1/extract", items);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200) << next->body;
  const std::string metrics = client.Get("/metrics")->body;
  EXPECT_NE(metrics.find("agreement_ocr_job_failures_total{reason=\"unprocessable_document\"} 1\n"), std::string::npos) << metrics;
}

std::string png_body() { return as_text(testing::file_at("samples/marburg-biedenkopf-2026.png")); }

// Jobs: accepted at once (202), followed, answered; ids the service did not make are no route.
TEST(Serve, JobsAreAcceptedFollowedAndAnswered) {
  Service service;
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  const auto posted = client.Post("/v1/jobs?name=scan.png", png_body(), "image/png");
  ASSERT_TRUE(posted);
  ASSERT_EQ(posted->status, 202) << posted->body;
  const Json job = Json::parse(posted->body);
  const std::string id = job["id"];
  EXPECT_EQ(id.size(), 24u);
  EXPECT_EQ(job["links"]["self"], "/v1/jobs/" + id);
  const auto followed = client.Get("/v1/jobs/" + id + "?wait=300");
  ASSERT_TRUE(followed);
  ASSERT_EQ(followed->status, 200);
  EXPECT_EQ(Json::parse(followed->body)["status"], "done") << followed->body;
  const auto result = client.Get("/v1/jobs/" + id + "/result");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  EXPECT_EQ(Json::parse(result->body)["source"]["path"], "scan.png");
  const auto listed = client.Get("/v1/jobs?status=done");
  ASSERT_TRUE(listed);
  ASSERT_EQ(Json::parse(listed->body)["jobs"].size(), 1u) << listed->body;
  EXPECT_EQ(Json::parse(listed->body)["jobs"][0]["id"], id);
  EXPECT_EQ(client.Delete("/v1/jobs/" + id)->status, 409);  // over: nothing to cancel
  EXPECT_EQ(client.Get("/v1/jobs?status=finished")->status, 400);
  EXPECT_EQ(client.Get("/v1/jobs/" + std::string(24, '0'))->status, 404);
  EXPECT_EQ(client.Get("/v1/jobs/..%2F..%2Fjobs")->status, 404);
  EXPECT_EQ(client.Post("/v1/jobs?kind=validate", png_body(), "image/png")->status, 400);
  const auto metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_EQ(metrics->status, 200);
  EXPECT_NE(metrics->body.find("agreement_ocr_http_requests_total{method=\"POST\",route=\"/v1/jobs\",status=\"202\"} 1\n"),
            std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find("agreement_ocr_jobs_total{outcome=\"done\"} 1\n"), std::string::npos) << metrics->body;
  EXPECT_NE(metrics->body.find("agreement_ocr_pages_total 1\n"), std::string::npos) << metrics->body;
  // /v1/extract that may not wait answers with the job instead.
  const auto early = client.Post("/v1/extract?wait=0", png_body(), "image/png");
  ASSERT_TRUE(early);
  EXPECT_EQ(early->status, 202) << early->body;
  EXPECT_TRUE(Json::parse(early->body).contains("links"));
}

// A queued job can be cancelled and is never done.
TEST(Serve, AQueuedJobCanBeCancelled) {
  Service service;
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  const std::string first = Json::parse(client.Post("/v1/jobs", png_body(), "image/png")->body)["id"];
  const std::string second = Json::parse(client.Post("/v1/jobs", png_body(), "image/png")->body)["id"];
  const auto cancelled = client.Delete("/v1/jobs/" + second);
  ASSERT_TRUE(cancelled);
  ASSERT_EQ(cancelled->status, 200) << cancelled->body;
  EXPECT_EQ(Json::parse(cancelled->body)["status"], "cancelled");
  EXPECT_EQ(Json::parse(client.Get("/v1/jobs/" + first + "?wait=300")->body)["status"], "done");
  EXPECT_EQ(Json::parse(client.Get("/v1/jobs/" + second)->body)["status"], "cancelled");
  EXPECT_EQ(client.Get("/v1/jobs/" + second + "/result")->status, 410);
}

std::string four_page_body() { return as_text(testing::file_at("samples/validate/a-clean.tiff")); }

// The record of a job as it is now.
Json job_now(httplib::Client& client, const std::string& id) { return Json::parse(client.Get("/v1/jobs/" + id)->body); }

// Whether the job is seen running: about two seconds a page, so polled every 20 ms a 4-page
// document is seen running well before its end.
bool seen_running(httplib::Client& client, const std::string& id) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (job_now(client, id)["status"] == "queued" && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return job_now(client, id)["status"] == "running";
}

// A running job ends "cancelled" after the page in work, without the pages after it; the
// worker then takes the next job.
TEST(Serve, ARunningJobCanBeCancelled) {
  Service service;
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  const std::string id = Json::parse(client.Post("/v1/jobs?name=four.tiff", four_page_body(), "image/tiff")->body)["id"];
  ASSERT_TRUE(seen_running(client, id));
  const auto cancel = client.Delete("/v1/jobs/" + id);
  ASSERT_TRUE(cancel);
  ASSERT_EQ(cancel->status, 202) << cancel->body;
  EXPECT_EQ(Json::parse(cancel->body)["cancel_requested"], true);
  const Json over = Json::parse(client.Get("/v1/jobs/" + id + "?wait=300")->body);
  EXPECT_EQ(over["status"], "cancelled") << over;
  EXPECT_LT(over["pages"]["done"].get<int>(), 4) << over;
  EXPECT_EQ(over["pages"]["total"], 4) << over;
  EXPECT_FALSE(over.contains("error")) << over;
  EXPECT_EQ(client.Get("/v1/jobs/" + id + "/result")->status, 410);
  EXPECT_EQ(client.Delete("/v1/jobs/" + id)->status, 409);
  EXPECT_TRUE(std::filesystem::is_empty(service.data() + "/uploads"));
  const auto next = client.Post("/v1/extract", png_body(), "image/png");
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200) << next->body;
  EXPECT_NE(client.Get("/metrics")->body.find("agreement_ocr_jobs_total{outcome=\"cancelled\"} 1\n"), std::string::npos);
}

double metric(const std::string& text, const std::string& name) {
  const auto at = text.find("\n" + name + " ");
  return at == std::string::npos ? -1.0 : std::stod(text.substr(at + name.size() + 2));
}

// One document on an idle service with two workers has its pages done by both at once: the
// pages' own seconds add up to well over the document's wall time (about twice; one worker
// alone cannot exceed 1). Progress is on the record.
TEST(Serve, PagesOfOneDocumentAreSpreadOverTheWorkers) {
  Service service({"--jobs", "2"});
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  const auto started = std::chrono::steady_clock::now();
  const auto posted = client.Post("/v1/jobs?name=four.tiff", four_page_body(), "image/tiff");
  ASSERT_TRUE(posted);
  const std::string id = Json::parse(posted->body)["id"];
  const Json over = Json::parse(client.Get("/v1/jobs/" + id + "?wait=600")->body);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_EQ(over["status"], "done") << over;
  EXPECT_EQ(over["pages"]["done"], 4) << over;
  EXPECT_EQ(over["pages"]["total"], 4) << over;
  const std::string metrics = client.Get("/metrics")->body;
  EXPECT_EQ(metric(metrics, "agreement_ocr_pages_total"), 4.0) << metrics;
  const double page_seconds = metric(metrics, "agreement_ocr_page_seconds_sum");
  EXPECT_GT(page_seconds, 1.3 * wall) << "pages " << page_seconds << " s in a wall time of " << wall << " s";
  // The same JSON as one worker makes of it.
  const auto cli = testing::run_agreement_ocr({"extract", testing::file_path("samples/validate/a-clean.tiff")});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  Json expected = Json::parse(cli.out);
  expected["source"]["path"] = "four.tiff";
  EXPECT_EQ(Json::parse(client.Get("/v1/jobs/" + id + "/result")->body), expected);
}

// Finished jobs are removed after --keep-days (here 0.00003 days, 2.6 s), records and results.
TEST(Serve, FinishedJobsExpire) {
  Service service({"--keep-days", "0.00003"});
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  httplib::MultipartFormDataItems items = {
      {"file", as_text(testing::file_at("samples/zielvereinbarung-2025-wiesbaden.txt")), "seed.txt", "text/plain"}};
  const auto posted = client.Post("/v1/jobs", items);
  ASSERT_TRUE(posted);
  const std::string id = Json::parse(posted->body)["id"];
  EXPECT_EQ(Json::parse(client.Get("/v1/jobs/" + id + "?wait=60")->body)["status"], "done");
  EXPECT_TRUE(std::filesystem::exists(service.data() + "/results/" + id + ".json"));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (client.Get("/v1/jobs/" + id)->status == 200 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(client.Get("/v1/jobs/" + id)->status, 404);
  EXPECT_FALSE(std::filesystem::exists(service.data() + "/results/" + id + ".json"));
  EXPECT_FALSE(std::filesystem::exists(service.data() + "/jobs/" + id + ".json"));
}

// Nothing accepted is lost: jobs accepted by a service killed with SIGKILL are done by the
// next one started on the same data folder.
TEST(Serve, JobsAcceptedBeforeAKillAreDoneAfterTheRestart) {
  const std::string data = testing::make_temp_dir();
  std::vector<std::string> ids;
  {
    Service first({}, data);
    ASSERT_GT(first.port(), 0);
    auto client = first.client();
    for (int i = 0; i < 3; ++i) {
      const auto posted = client.Post("/v1/jobs?name=scan-" + std::to_string(i) + ".png", png_body(), "image/png");
      ASSERT_TRUE(posted);
      ASSERT_EQ(posted->status, 202) << posted->body;
      ids.push_back(Json::parse(posted->body)["id"]);
    }
    // One worker and about two seconds a page: the last is still waiting when the kill comes.
    EXPECT_NE(Json::parse(client.Get("/v1/jobs/" + ids.back())->body)["status"], "done");
    first.stop(SIGKILL);
  }
  Service second({}, data);
  ASSERT_GT(second.port(), 0);
  auto client = second.client();
  for (const std::string& id : ids) {
    const auto followed = client.Get("/v1/jobs/" + id + "?wait=300");
    ASSERT_TRUE(followed);
    EXPECT_EQ(Json::parse(followed->body)["status"], "done") << followed->body;
    EXPECT_EQ(client.Get("/v1/jobs/" + id + "/result")->status, 200);
  }
  std::filesystem::remove_all(data);
}

// SIGTERM drains: the document in work finishes, no new one starts, queued jobs stay queued on
// disk and the next start does them.
TEST(Serve, SigtermFinishesTheDocumentInWorkAndKeepsTheQueue) {
  const std::string data = testing::make_temp_dir();
  std::vector<std::string> ids;
  {
    Service first({}, data);
    ASSERT_GT(first.port(), 0);
    auto client = first.client();
    ids.push_back(Json::parse(client.Post("/v1/jobs?name=four.tiff", four_page_body(), "image/tiff")->body)["id"]);
    for (int i = 0; i < 2; ++i) ids.push_back(Json::parse(client.Post("/v1/jobs", png_body(), "image/png")->body)["id"]);
    ASSERT_TRUE(seen_running(client, ids[0]));
    // A client long-polling a queued job is answered when the service stops, not after its
    // ten minutes: the exit waits for the page in work only.
    int poll_status = 0;
    std::thread poll([&] {
      auto poller = first.client();
      const auto answer = poller.Get("/v1/jobs/" + ids[2] + "?wait=600");
      poll_status = answer ? answer->status : -1;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto stopping = std::chrono::steady_clock::now();
    const auto stopped = first.stop(SIGTERM);
    poll.join();
    EXPECT_EQ(stopped.exit_code, 0) << stopped.err;
    EXPECT_EQ(poll_status, 200);
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - stopping).count(), 300.0);
  }
  const auto status_on_disk = [&](const std::string& id) {
    std::ifstream in(data + "/jobs/" + id + ".json");
    return Json::parse(in, nullptr, false)["status"];
  };
  EXPECT_EQ(status_on_disk(ids[0]), "done");
  EXPECT_TRUE(std::filesystem::exists(data + "/results/" + ids[0] + ".json"));
  EXPECT_EQ(status_on_disk(ids[1]), "queued");
  EXPECT_EQ(status_on_disk(ids[2]), "queued");
  Service second({}, data);
  ASSERT_GT(second.port(), 0);
  auto client = second.client();
  for (const std::string& id : ids) EXPECT_EQ(Json::parse(client.Get("/v1/jobs/" + id + "?wait=300")->body)["status"], "done");
  std::filesystem::remove_all(data);
}

// 16 requests at once against 2 workers (8 jobs may wait): each is answered with the JSON the
// command line makes of the file or refused with 503 and Retry-After; none is lost, and
// every job the service kept is done.
TEST(Serve, SixteenRequestsInFlightAreAllAnsweredOrRefused) {
  Service service({"--jobs", "2"});
  ASSERT_GT(service.port(), 0);
  const auto cli = testing::run_agreement_ocr({"extract", testing::file_path("samples/marburg-biedenkopf-2026.png")});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  const std::string body = png_body();
  struct Answer {
    int status = 0;
    std::string body;
    std::string retry_after;
  };
  std::vector<Answer> answers(16);
  std::vector<std::thread> requests;
  for (std::size_t i = 0; i < answers.size(); ++i)
    requests.emplace_back([&, i] {
      auto client = service.client();
      const auto answer = client.Post("/v1/extract?wait=900&name=scan-" + std::to_string(i) + ".png", body, "image/png");
      if (answer) answers[i] = {answer->status, answer->body, answer->get_header_value("Retry-After")};
    });
  for (std::thread& request : requests) request.join();
  int done = 0;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const Answer& answer = answers[i];
    if (answer.status == 503) {
      EXPECT_FALSE(answer.retry_after.empty());
      continue;
    }
    ASSERT_EQ(answer.status, 200) << i << ": " << answer.body;
    Json expected = Json::parse(cli.out);
    expected["source"]["path"] = "scan-" + std::to_string(i) + ".png";
    EXPECT_EQ(Json::parse(answer.body), expected) << i;
    ++done;
  }
  EXPECT_GE(done, 10);  // two in work and eight waiting at least
  auto client = service.client();
  const Json jobs = Json::parse(client.Get("/v1/jobs")->body)["jobs"];
  EXPECT_EQ(static_cast<int>(jobs.size()), done);
  for (const Json& job : jobs) EXPECT_EQ(job["status"], "done") << job;
}

// Validate over HTTP: the report `agreement-ocr validate` prints, a mismatch a 200 with the
// verdict in the body; references uploaded or named from the --references folder.
TEST(Serve, ValidateAnswersWhatTheCommandLinePrints) {
  const std::string samples = testing::file_path("samples/validate");
  Service service({"--references", samples});
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  const std::string scan = as_text(testing::file_at("samples/validate/a-amount-changed.tiff"));
  const std::string fields = as_text(testing::file_at("samples/validate/wiesbaden-2025.reference.json"));
  const std::string text = as_text(testing::file_at("samples/validate/wiesbaden-2025.reference.txt"));
  httplib::MultipartFormDataItems items = {{"scan", scan, "a-amount-changed.tiff", "image/tiff"},
                                           {"expect", fields, "reference.json", "application/json"},
                                           {"expect", text, "reference.txt", "text/plain"}};
  const auto served = client.Post("/v1/validate?wait=600", items);
  ASSERT_TRUE(served);
  ASSERT_EQ(served->status, 200) << served->body;
  const auto cli = testing::run_agreement_ocr({"validate", samples + "/a-amount-changed.tiff", "--expect",
                                               samples + "/wiesbaden-2025.reference.json", "--expect",
                                               samples + "/wiesbaden-2025.reference.txt", "-q"});
  ASSERT_EQ(cli.exit_code, 1) << cli.err;  // invalid: the amount was changed
  Json expected = Json::parse(cli.out);
  expected["extracted"]["source"]["path"] = "a-amount-changed.tiff";  // the CLI names the path it was given
  const Json report = Json::parse(served->body);
  EXPECT_EQ(report["status"], expected["status"]);
  EXPECT_EQ(report["checks"], expected["checks"]);
  EXPECT_EQ(report["extracted"], expected["extracted"]);

  // By name from the references folder; names that are not in its listing are not found.
  httplib::MultipartFormDataItems scan_only = {{"scan", scan, "a-amount-changed.tiff", "image/tiff"}};
  const auto named = client.Post(
      "/v1/validate?wait=0&expect_ref=wiesbaden-2025.reference.json&expect_ref=wiesbaden-2025.reference.txt", scan_only);
  ASSERT_TRUE(named);
  ASSERT_EQ(named->status, 202) << named->body;
  const std::string id = Json::parse(named->body)["id"];
  EXPECT_EQ(Json::parse(client.Get("/v1/jobs/" + id + "?wait=600")->body)["status"], "done");
  EXPECT_EQ(Json::parse(client.Get("/v1/jobs/" + id + "/result")->body)["checks"], expected["checks"]);
  EXPECT_EQ(client.Post("/v1/validate?expect_ref=..%2Fvalidate%2Fwiesbaden-2025.reference.json", scan_only)->status, 404);
  EXPECT_EQ(client.Post("/v1/validate?expect_ref=missing.json", scan_only)->status, 404);

  // No reference, a reference that asks for nothing, a text as the scan: refused before any OCR.
  EXPECT_EQ(client.Post("/v1/validate", scan_only)->status, 400);
  httplib::MultipartFormDataItems empty_reference = {{"scan", scan, "a.tiff", "image/tiff"},
                                                     {"expect", "{}", "reference.json", "application/json"}};
  const auto empty = client.Post("/v1/validate", empty_reference);
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 422) << empty->body;
  EXPECT_EQ(Json::parse(empty->body)["error"]["code"], "unprocessable_reference");
  httplib::MultipartFormDataItems text_scan = {{"scan", text, "a.txt", "text/plain"}, {"expect", fields, "r.json", "application/json"}};
  EXPECT_EQ(client.Post("/v1/validate", text_scan)->status, 415);
}

TEST(Serve, KeysAreAskedWhenGivenAndRequiredOffLoopback) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/keys", "# name:key\ndesk:s3cret-key-one\n");
  Service service({"--api-keys", dir + "/keys"});
  ASSERT_GT(service.port(), 0);
  auto client = service.client();
  EXPECT_EQ(client.Get("/healthz")->status, 200);  // liveness is for the supervisor, no key
  EXPECT_EQ(client.Get("/readyz")->status, 401);
  EXPECT_EQ(client.Get("/readyz", {{"Authorization", "Bearer wrong"}})->status, 401);
  EXPECT_EQ(client.Get("/readyz", {{"Authorization", "Bearer s3cret-key-one"}})->status, 200);

  const auto open = testing::run_agreement_ocr({"serve", "--listen", "0.0.0.0:0", "--data", dir + "/data"});
  EXPECT_EQ(open.exit_code, 3) << open.err;
  EXPECT_NE(open.err.find("needs --api-keys FILE"), std::string::npos) << open.err;
  std::filesystem::remove_all(dir);
}

// Every route, method and status schema/openapi.json documents, answered by the running
// service as documented (scripts/check-openapi: statuses, content types, bodies against the
// schemas), and the documents the service publishes equal to schema/.
TEST(Serve, EveryDocumentedAnswerIsGivenAsDocumented) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/keys", "check:openapi-check-key\n");
  Service service({"--max-upload", "2", "--api-keys", dir + "/keys", "--references", testing::file_path("samples/validate")});
  ASSERT_GT(service.port(), 0);
  const std::string source = AGREEMENT_OCR_SOURCE_DIR;
  const auto checked = testing::run_program({"/usr/bin/python3", source + "/scripts/check-openapi",
                                             "http://127.0.0.1:" + std::to_string(service.port()), source + "/samples",
                                             "--key", "openapi-check-key"});
  EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;
  EXPECT_NE(checked.out.find(" 0 failure(s)"), std::string::npos) << checked.out;
  std::filesystem::remove_all(dir);
}

// The validation desk in real headless Chromium (tests/desk/desk_test.mjs, playwright-core and
// Debian's chromium, both installed by scripts/setup): a clean copy found valid with two green
// signature boxes, a copy with a sentence added found invalid with the difference listed and
// marked, the decision stored and shown in the job list, English switched on. The screenshot
// goes to the build folder (desk-screenshot.png).
TEST(Serve, AClerkChecksCopiesAtTheDeskInABrowser) {
  const std::string source = AGREEMENT_OCR_SOURCE_DIR;
  ASSERT_TRUE(std::filesystem::exists("/usr/bin/chromium")) << "Debian's chromium is missing: run scripts/setup";
  ASSERT_TRUE(std::filesystem::exists(source + "/tests/desk/node_modules/playwright-core"))
      << "playwright-core is missing: run scripts/setup";
  Service service({"--jobs", "2", "--references", testing::file_path("samples/validate")});
  ASSERT_GT(service.port(), 0);
  const std::string screenshot = std::filesystem::path(AGREEMENT_OCR_BINARY).parent_path().string() + "/desk-screenshot.png";
  const auto tested = testing::run_program({"/usr/bin/node", source + "/tests/desk/desk_test.mjs",
                                            "http://127.0.0.1:" + std::to_string(service.port()), source + "/samples", screenshot});
  EXPECT_EQ(tested.exit_code, 0) << tested.out << tested.err;
  EXPECT_NE(tested.out.find("desk: all as expected"), std::string::npos) << tested.out << tested.err;
  EXPECT_TRUE(std::filesystem::exists(screenshot));
}

}  // namespace
}  // namespace agreement_ocr
