#include "serve/job_store.h"

#include <openssl/rand.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/clock_text.h"
#include "core/hex.h"
#include "output/atomic_file.h"

namespace agreement_ocr {
namespace {

using Json = nlohmann::ordered_json;

std::optional<JobRecord> record_from(const Json& json) {
  if (!json.is_object()) return std::nullopt;
  JobRecord record;
  try {
    record.id = json.at("id").get<std::string>();
    record.kind = json.at("kind").get<std::string>();
    record.name = json.at("name").get<std::string>();
    record.text = json.at("text").get<bool>();
    record.key_name = json.value("key_name", "");
    const auto status = job_status_from(json.at("status").get<std::string>());
    if (!status || !is_job_id(record.id)) return std::nullopt;
    record.status = *status;
    record.error_code = json.value("error_code", "");
    record.error = json.value("error", "");
    record.created = json.value("created", "");
    record.finished = json.value("finished", "");
    record.require_stamp = json.value("require_stamp", false);
    if (json.contains("pages")) {
      record.pages_total = json.at("pages").at("total").get<int>();
      record.pages_done = json.at("pages").at("done").get<int>();
    }
    record.cancel_requested = json.value("cancel_requested", false);
    if (json.contains("decision")) {
      const Json& decision = json.at("decision");
      record.decision = JobDecision{decision.at("decision").get<std::string>(), decision.value("comment", ""),
                                    decision.value("key_name", ""), decision.value("at", "")};
    }
    if (json.contains("references"))
      for (const auto& file : json.at("references")) {
        const std::string name = file.get<std::string>();
        // Our own names only ("<id>.expect-N.json|txt"): a damaged record names no other file.
        if (name.rfind(record.id + ".expect-", 0) != 0 || name.find('/') != std::string::npos) return std::nullopt;
        record.references.push_back(name);
      }
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return record;
}

}  // namespace

bool is_job_id(const std::string& id) {
  return id.size() == 24 && id.find_first_not_of("0123456789abcdef") == std::string::npos;
}

std::string job_status_name(JobStatus status) {
  switch (status) {
    case JobStatus::kQueued: return "queued";
    case JobStatus::kRunning: return "running";
    case JobStatus::kDone: return "done";
    case JobStatus::kFailed: return "failed";
    case JobStatus::kCancelled: return "cancelled";
  }
  return "failed";
}

std::optional<JobStatus> job_status_from(const std::string& name) {
  for (JobStatus status : {JobStatus::kQueued, JobStatus::kRunning, JobStatus::kDone, JobStatus::kFailed, JobStatus::kCancelled})
    if (job_status_name(status) == name) return status;
  return std::nullopt;
}

nlohmann::ordered_json JobRecord::to_json() const {
  Json json = {{"id", id}, {"kind", kind}, {"name", name}, {"text", text}, {"status", job_status_name(status)},
               {"created", created}};
  if (!key_name.empty()) json["key_name"] = key_name;
  if (!finished.empty()) json["finished"] = finished;
  if (pages_total > 0) json["pages"] = {{"done", pages_done}, {"total", pages_total}};
  if (cancel_requested && !over()) json["cancel_requested"] = true;
  if (decision) {
    json["decision"] = {{"decision", decision->decision}, {"comment", decision->comment}, {"at", decision->at}};
    if (!decision->key_name.empty()) json["decision"]["key_name"] = decision->key_name;
  }
  if (!error.empty()) {
    json["error_code"] = error_code;
    json["error"] = error;
  }
  if (kind == "validate") {
    json["references"] = references;
    json["require_stamp"] = require_stamp;
  }
  return json;
}

Status JobStore::open() {
  std::error_code error;
  for (const char* folder : {"/jobs", "/uploads", "/results"}) {
    std::filesystem::create_directories(data_dir_ + folder, error);
    if (error) return Status::Output("cannot create " + data_dir_ + folder + ": " + error.message());
  }
  std::lock_guard lock(mutex_);
  for (const auto& entry : std::filesystem::directory_iterator(data_dir_ + "/jobs", error)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    const auto record = record_from(Json::parse(in, nullptr, false));
    if (record && entry.path().stem() == record->id) jobs_[record->id] = *record;
  }
  return Status::Ok();
}

Result<JobRecord> JobStore::create(const JobUpload& upload) {
  unsigned char random[12];
  if (RAND_bytes(random, sizeof random) != 1) return Status::Internal("no random numbers for a job id");
  JobRecord record;
  record.id = hex_of(random, sizeof random);
  record.kind = upload.kind;
  record.name = upload.name;
  record.text = upload.text;
  record.key_name = upload.key_name;
  record.require_stamp = upload.require_stamp;
  record.created = utc_timestamp();
  for (std::size_t i = 0; i < upload.references.size(); ++i)
    record.references.push_back(record.id + ".expect-" + std::to_string(i) + (upload.references[i].text ? ".txt" : ".json"));
  // The files first: a record on disk always has them.
  Status written = write_file_atomically(upload_path(record), upload.body);
  for (std::size_t i = 0; i < upload.references.size() && written.ok(); ++i)
    written = write_file_atomically(reference_paths(record)[i], upload.references[i].content);
  if (!written.ok()) {
    std::error_code ignored;
    std::filesystem::remove(upload_path(record), ignored);
    for (const std::string& path : reference_paths(record)) std::filesystem::remove(path, ignored);
    return written;
  }
  if (Status written = update(record); !written.ok()) {
    remove(record.id);
    return written;
  }
  return record;
}

std::optional<JobRecord> JobStore::get(const std::string& id) const {
  std::lock_guard lock(mutex_);
  const auto found = jobs_.find(id);
  if (found == jobs_.end()) return std::nullopt;
  return found->second;
}

std::vector<JobRecord> JobStore::list(std::optional<JobStatus> status) const {
  std::lock_guard lock(mutex_);
  std::vector<JobRecord> records;
  for (const auto& [id, record] : jobs_)
    if (!status || record.status == *status) records.push_back(record);
  std::sort(records.begin(), records.end(), [](const JobRecord& a, const JobRecord& b) { return a.created < b.created; });
  return records;
}

std::vector<JobRecord> JobStore::unfinished() const {
  std::vector<JobRecord> records;
  for (JobRecord& record : list(std::nullopt))
    if (!record.over()) records.push_back(std::move(record));
  return records;
}

Status JobStore::update(const JobRecord& record) {
  const Status written =
      write_file_atomically(record_path(record.id), record.to_json().dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
  if (!written.ok()) return written;
  {
    std::lock_guard lock(mutex_);
    jobs_[record.id] = record;
  }
  changed_.notify_all();
  return Status::Ok();
}

std::optional<JobRecord> JobStore::move_if(const std::string& id, JobStatus from, JobStatus to) {
  std::lock_guard transition(transition_mutex_);
  auto record = get(id);
  if (!record || record->status != from) return record;
  record->status = to;
  if (to == JobStatus::kCancelled) record->finished = utc_timestamp();
  if (!update(*record).ok()) return get(id);
  return record;
}

std::optional<JobRecord> JobStore::start(const std::string& id) {
  auto record = move_if(id, JobStatus::kQueued, JobStatus::kRunning);
  if (!record || record->status != JobStatus::kRunning) return std::nullopt;
  return record;
}

std::optional<JobRecord> JobStore::cancel_if_queued(const std::string& id) {
  auto record = move_if(id, JobStatus::kQueued, JobStatus::kCancelled);
  if (record && record->status == JobStatus::kCancelled) {
    std::error_code ignored;
    std::filesystem::remove(upload_path(*record), ignored);
  }
  return record;
}

std::optional<JobRecord> JobStore::decide(const std::string& id, const JobDecision& decision) {
  std::lock_guard transition(transition_mutex_);
  auto record = get(id);
  if (!record || record->status != JobStatus::kDone) return record;
  record->decision = decision;
  if (!update(*record).ok()) return get(id);
  return record;
}

int JobStore::expire(double seconds) {
  // Timestamps of one format compare as text.
  const std::string cutoff = utc_timestamp(std::chrono::system_clock::now() -
                                           std::chrono::duration_cast<std::chrono::system_clock::duration>(std::chrono::duration<double>(seconds)));
  std::vector<std::string> old;
  for (const JobRecord& record : list(std::nullopt))
    if (record.over() && !record.finished.empty() && record.finished < cutoff) old.push_back(record.id);
  for (const std::string& id : old) remove(id);
  return static_cast<int>(old.size());
}

void JobStore::remove(const std::string& id) {
  std::optional<JobRecord> record;
  {
    std::lock_guard lock(mutex_);
    if (const auto found = jobs_.find(id); found != jobs_.end()) {
      record = found->second;
      jobs_.erase(found);
    }
  }
  std::error_code ignored;
  std::filesystem::remove(record_path(id), ignored);
  std::filesystem::remove(result_path(id), ignored);
  std::filesystem::remove_all(data_dir_ + "/results/" + id + ".pages", ignored);
  if (!record) return;
  std::filesystem::remove(upload_path(*record), ignored);
  for (const std::string& path : reference_paths(*record)) std::filesystem::remove(path, ignored);
}

std::optional<JobRecord> JobStore::wait(const std::string& id, double seconds) const {
  std::unique_lock lock(mutex_);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                                std::chrono::duration<double>(seconds));
  while (true) {
    const auto found = jobs_.find(id);
    if (found == jobs_.end()) return std::nullopt;
    if (found->second.over() || stop_waiting_) return found->second;
    if (changed_.wait_until(lock, deadline) == std::cv_status::timeout) {
      const auto now = jobs_.find(id);
      if (now == jobs_.end()) return std::nullopt;
      return now->second;
    }
  }
}

void JobStore::stop_waiting() {
  {
    std::lock_guard lock(mutex_);
    stop_waiting_ = true;
  }
  changed_.notify_all();
}

std::string JobStore::upload_path(const JobRecord& record) const {
  return data_dir_ + "/uploads/" + record.id + (record.text ? ".txt" : ".upload");
}
std::vector<std::string> JobStore::reference_paths(const JobRecord& record) const {
  std::vector<std::string> paths;
  for (const std::string& name : record.references) paths.push_back(data_dir_ + "/uploads/" + name);
  return paths;
}

std::string JobStore::result_path(const std::string& id) const { return data_dir_ + "/results/" + id + ".json"; }
std::string JobStore::page_image_path(const std::string& id, int number) const {
  return data_dir_ + "/results/" + id + ".pages/" + std::to_string(number) + ".png";
}
std::string JobStore::record_path(const std::string& id) const { return data_dir_ + "/jobs/" + id + ".json"; }

}  // namespace agreement_ocr
