// Errors as values: a small Status and a Result<T> that cross stage boundaries.
// The CLI maps a Status's code to a documented exit code; the library never exits.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace agreement_ocr {

enum class ErrorCode {
  kOk = 0,
  kBadInput,         // unreadable, corrupt, truncated, unsupported, encrypted or too large
  kUsage,            // bad arguments
  kMissingResource,  // an OCR model or other installed resource is missing
  kOutput,           // the output could not be written
  kInternal,         // a bug or an unexpected library failure
};

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status BadInput(std::string message) { return {ErrorCode::kBadInput, std::move(message)}; }
  static Status MissingResource(std::string message) {
    return {ErrorCode::kMissingResource, std::move(message)};
  }
  static Status Usage(std::string message) { return {ErrorCode::kUsage, std::move(message)}; }
  static Status Output(std::string message) { return {ErrorCode::kOutput, std::move(message)}; }
  static Status Internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// Either a value or a non-ok Status.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Status status) : state_(std::move(status)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(state_);
  }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& operator*() { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace agreement_ocr
