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
};

// The "generator" object: what made an output. A batch redoes a document whose output
// names another generator (version, model or rules changed).
nlohmann::ordered_json generator_json(DocumentFormat format, const OutputContext& context);

nlohmann::ordered_json document_to_json(const DocumentResult& document, const OutputContext& context);

}  // namespace agreement_ocr
