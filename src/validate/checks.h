// The checks a clerk needs on a returned signed copy, each with its evidence: every
// expected signatory present and signed with place and date written; the received stamp,
// dated plausibly; amounts, parties and projects as in the reference; the text unchanged.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/rules.h"
#include "pipeline.h"
#include "validate/reference.h"

namespace agreement_ocr {

// Precision first: a check whose evidence cannot be read (a stamp with an illegible date, a
// signature block whose name cannot be matched) is neither passed nor failed but
// unreadable: a clerk checks it by eye.
enum class CheckStatus { kPassed, kFailed, kUnreadable };

struct CheckResult {
  std::string check;    // signature, place_and_date, received_stamp, amount, party, project, text
  std::string subject;  // what it is about: a signatory's name, an amount, a text change's kind
  bool passed = false;
  std::string expected;
  std::string found;
  int page = 0;                 // on the scan; 0 when there is no place to show
  std::optional<cv::Rect> box;  // on the upright scan page
  bool unreadable = false;      // not passed because the scan could not be read here, not a mismatch
};

CheckStatus status_of(const CheckResult& check);
const char* status_name(CheckStatus status);  // "passed", "failed", "unreadable"

// valid: every check passed; invalid: some check failed; unreadable: none failed, but some
// could not be read.
enum class Verdict { kValid, kInvalid, kUnreadable };

struct ValidationReport {
  Verdict verdict = Verdict::kValid;
  std::vector<CheckResult> checks;
};

const char* verdict_name(Verdict verdict);  // "valid", "invalid", "unreadable"

struct ValidationOptions {
  bool require_received_stamp = false;  // also when the reference does not ask for it
  std::string today;                    // ISO date; a stamp dated later is implausible
};

// `scan` must have its fields extracted (scan.fields set).
ValidationReport validate_document(const DocumentResult& scan, const Reference& reference, const Rules& rules,
                                   const ValidationOptions& options);

}  // namespace agreement_ocr
