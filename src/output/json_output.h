// The JSON document `agreement-ocr extract` writes. Field names are a published
// contract (see schema/): add fields freely, rename none.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "pipeline.h"

namespace agreement_ocr {

struct OutputContext {
  std::string model_name;     // the OCR model used
  std::string rules_version;  // the rules file's version
  std::string calibration_version;  // the confidence calibration's; empty: raw confidences
};

// The "generator" object: what made an output. A batch redoes a document whose output
// names another generator (version, model or rules changed).
nlohmann::ordered_json generator_json(DocumentFormat format, const OutputContext& context);

// A box on an upright page as [x, y, width, height] on the input page (where a person sees
// it), or null when there is none (text input, no box).
nlohmann::ordered_json box_on_input_page(const DocumentResult& document, int page, const std::optional<cv::Rect>& box);

nlohmann::ordered_json document_to_json(const DocumentResult& document, const OutputContext& context);

}  // namespace agreement_ocr
