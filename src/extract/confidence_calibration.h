// Confidences that mean what they say. An extractor's raw confidence (the weakest OCR
// confidence of its lines times a factor for the rule) orders values but is no probability.
// A calibration file, fitted by `scripts/evaluate --write-calibration` on the development
// part of the variety corpus, maps each rule's raw confidence band to the share of values
// that were right there; the output reports that share.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/fields.h"

namespace agreement_ocr {

struct ConfidenceBand {
  double below = 1.0;       // raw confidences under this (and at or over the band before)
  double share_right = 0.0;  // measured, smoothed towards the rule's own share, never falling
  int values = 0;           // how many values the share was measured on
};

struct ConfidenceCalibration {
  std::string version;
  std::string measured_on;  // which corpus part, for the record
  std::map<std::string, std::vector<ConfidenceBand>> rules;  // bands by rising `below`
};

// Reads a calibration file. kMissingResource when it cannot be read, kUsage when it is not a
// calibration (the message says what is wrong).
Result<std::shared_ptr<const ConfidenceCalibration>> load_calibration(const std::string& path);

// models/rules/agreement.confidence.json (AGREEMENT_OCR_MODELS overrides models/).
std::string default_calibration_path();

// The calibration an option names: empty, the default file; "none", none (null: the
// extractors' raw confidences); else that file.
Result<std::shared_ptr<const ConfidenceCalibration>> load_calibration_option(const std::string& option);

// The measured share right for a value of `rule` with raw confidence `raw`; `raw` itself for a
// rule the calibration has not measured.
double calibrated_confidence(const ConfidenceCalibration& calibration, const std::string& rule, double raw);

// Every field's evidence confidence replaced by its calibrated one.
void calibrate_confidences(Fields& fields, const ConfidenceCalibration& calibration);

}  // namespace agreement_ocr
