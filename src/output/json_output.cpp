// Serialising a DocumentResult. Numbers are rounded to what is meaningful so outputs
// diff cleanly between runs.
#include "output/json_output.h"

#include <cmath>

namespace agreement_ocr {
namespace {

// `digits` decimals; dividing (not multiplying) by the power of ten keeps 0.94 printing as 0.94.
double rounded(double value, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(value * scale) / scale;
}

nlohmann::ordered_json page_to_json(const PageResult& page) {
  return {
      {"number", page.number},
      {"rotation", page.transform.rotation},
      {"skew_degrees", rounded(page.transform.skew_degrees, 2)},
      {"orientation_confidence", rounded(page.orientation_confidence, 3)},
      {"dpi", rounded(page.dpi, 1)},
      {"width", page.width},
      {"height", page.height},
      {"mean_confidence", rounded(page.ocr.mean_confidence, 3)},
      {"text", page.ocr.text},
  };
}

}  // namespace

nlohmann::ordered_json document_to_json(const DocumentResult& document, const OutputContext& context) {
  nlohmann::ordered_json pages = nlohmann::ordered_json::array();
  for (const PageResult& page : document.pages) pages.push_back(page_to_json(page));
  return {
      {"source",
       {{"path", document.path},
        {"sha256", document.sha256},
        {"format", format_name(document.format)},
        {"pages", document.pages.size()}}},
      {"generator", {{"name", "agreement-ocr"}, {"version", AGREEMENT_OCR_VERSION}, {"ocr_model", context.model_name}}},
      {"pages", pages},
      {"warnings", document.warnings},
  };
}

}  // namespace agreement_ocr
