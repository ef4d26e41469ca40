// The validation report as JSON: overall status, every check with its evidence (page and
// box on the input page), and the fields the scan gave, as `extract` writes them.
#pragma once

#include <nlohmann/json.hpp>

#include "output/json_output.h"
#include "validate/checks.h"

namespace agreement_ocr {

nlohmann::ordered_json report_to_json(const DocumentResult& scan, const Reference& reference,
                                      const ValidationReport& report, const OutputContext& context);

// A few lines for a person: the verdict and each failed check.
std::string report_summary(const ValidationReport& report);

}  // namespace agreement_ocr
