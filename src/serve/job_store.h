// The service's jobs on disk, so that nothing accepted is lost: each job's upload, its record
// and, once done, its result are files under the data folder, each written atomically
// before the client is answered. A service started again finds the jobs that were queued or
// running when it stopped (or was killed) and does them.
#pragma once

#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace agreement_ocr {

// 24 lowercase hex digits: the form of every id the store makes.
bool is_job_id(const std::string& id);

enum class JobStatus { kQueued, kRunning, kDone, kFailed, kCancelled };

std::string job_status_name(JobStatus status);
std::optional<JobStatus> job_status_from(const std::string& name);

// What a request hands over: the document and, for validate, its references.
struct JobUpload {
  std::string kind = "extract";  // or "validate"
  std::string body;
  bool text = false;             // sent as text/plain
  std::string name;              // what the client called the file
  std::string key_name;
  struct Reference {
    std::string content;
    bool text = false;           // the original text; else JSON of expected fields
  };
  std::vector<Reference> references;
  bool require_stamp = false;
};

// A clerk's decision on a done job (the validation desk's accept or reject).
struct JobDecision {
  std::string decision;  // "accepted" or "rejected"
  std::string comment;
  std::string key_name;  // who, when keys are asked
  std::string at;        // ISO 8601, UTC
};

struct JobRecord {
  std::string id;            // 24 hex digits, made here: never a client's string
  std::string kind = "extract";
  std::string name;          // what the client called the file (the JSON's source.path)
  bool text = false;         // sent as text/plain
  std::string key_name;      // the API key's name, when keys are asked
  JobStatus status = JobStatus::kQueued;
  std::string error_code;    // failed: unprocessable_document or internal
  std::string error;         // failed: the one-line message
  std::string created;       // ISO 8601, UTC
  std::string finished;
  std::vector<std::string> references;  // validate: file names under uploads/, made here
  bool require_stamp = false;
  int pages_total = 0;       // known once the document is opened
  int pages_done = 0;
  bool cancel_requested = false;  // DELETE while running: ends after the pages in work
  std::optional<JobDecision> decision;

  bool over() const { return status == JobStatus::kDone || status == JobStatus::kFailed || status == JobStatus::kCancelled; }
  nlohmann::ordered_json to_json() const;
};

class JobStore {
 public:
  explicit JobStore(std::string data_dir) : data_dir_(std::move(data_dir)) {}

  // Makes the folders and reads the records there; damaged records are skipped.
  Status open();
  // Writes the upload (and references) and then a queued record.
  Result<JobRecord> create(const JobUpload& upload);
  std::optional<JobRecord> get(const std::string& id) const;
  std::vector<JobRecord> list(std::optional<JobStatus> status) const;
  // Queued or running when the store was opened: to be done again, oldest first.
  std::vector<JobRecord> unfinished() const;
  // Writes the record and wakes whoever waits for the job.
  Status update(const JobRecord& record);
  // Queued -> running, atomically with cancel_if_queued: none when the job is no longer
  // queued (cancelled meanwhile, or gone).
  std::optional<JobRecord> start(const std::string& id);
  // Queued -> cancelled, its upload removed. The record as it is after the call.
  std::optional<JobRecord> cancel_if_queued(const std::string& id);
  // Records a decision on a done job (replacing an earlier one). The record after, or none
  // when there is no such job; its status tells whether it was done.
  std::optional<JobRecord> decide(const std::string& id, const JobDecision& decision);
  // Removes a job and its files (one that was never queued).
  void remove(const std::string& id);
  // Removes the jobs over (done, failed, cancelled) for longer than `seconds`, with their
  // files; never a queued or running one. How many were removed.
  int expire(double seconds);
  // Waits until the job is over, `seconds` pass or the service stops; its record then.
  std::optional<JobRecord> wait(const std::string& id, double seconds) const;
  // Ends every wait now and from now on: a stopping service answers its long polls at once
  // instead of holding its HTTP threads (and its exit) for up to their ?wait=.
  void stop_waiting();

  std::string upload_path(const JobRecord& record) const;
  std::vector<std::string> reference_paths(const JobRecord& record) const;
  std::string result_path(const std::string& id) const;
  // Page `number`'s review image (serve/review_images.h).
  std::string page_image_path(const std::string& id, int number) const;
  const std::string& data_dir() const { return data_dir_; }

 private:
  std::string record_path(const std::string& id) const;
  std::optional<JobRecord> move_if(const std::string& id, JobStatus from, JobStatus to);
  const std::string data_dir_;
  std::mutex transition_mutex_;  // a status read and its change as one step
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  bool stop_waiting_ = false;
  std::map<std::string, JobRecord> jobs_;
};

}  // namespace agreement_ocr
