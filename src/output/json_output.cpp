// Serialising a DocumentResult. Numbers are rounded to what is meaningful so outputs
// diff cleanly between runs; boxes are mapped back onto the input page.
#include "output/json_output.h"

#include <algorithm>
#include <cmath>

#include "core/hex.h"
#include "core/utf8.h"

namespace agreement_ocr {
namespace {

using Json = nlohmann::ordered_json;

// `digits` decimals; dividing (not multiplying) by the power of ten keeps 0.94 printing as 0.94.
double rounded(double value, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(value * scale) / scale;
}

template <typename T>
Json optional_json(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json page_to_json(const PageResult& page) {
  if (!page.has_image) {
    return {{"number", page.number}, {"rotation", 0},          {"skew_degrees", 0.0},
            {"orientation_confidence", nullptr}, {"orientation_rule", nullptr}, {"dpi", nullptr}, {"width", nullptr},
            {"height", nullptr},    {"mean_confidence", nullptr}, {"text", page.ocr.text}};
  }
  return {
      {"number", page.number},
      {"rotation", page.transform.rotation},
      {"skew_degrees", rounded(page.transform.skew_degrees, 2)},
      {"orientation_confidence", rounded(page.orientation_confidence, 3)},
      {"orientation_rule", name_of(page.orientation_rule)},
      {"dpi", rounded(page.dpi, 1)},
      {"width", page.width},
      {"height", page.height},
      {"mean_confidence", rounded(page.ocr.mean_confidence, 3)},
      {"text", page.ocr.text},
  };
}

class FieldWriter {
 public:
  explicit FieldWriter(const DocumentResult& document) : document_(document) {}

  // page, bbox on the input page, confidence and rule, added to `object`.
  void add_evidence(Json& object, const Evidence& evidence) const {
    object["page"] = evidence.page > 0 ? Json(evidence.page) : Json(nullptr);
    object["bbox"] = box_on_input(evidence);
    object["confidence"] = rounded(evidence.confidence, 3);
    object["rule"] = evidence.rule;
  }

 private:
  Json box_on_input(const Evidence& evidence) const { return box_on_input_page(document_, evidence.page, evidence.box); }

  const DocumentResult& document_;
};

void add_fields(Json& out, const Fields& fields, const FieldWriter& writer) {
  Json document = {{"type", optional_json(fields.document.type)},
                   {"title", optional_json(fields.document.title)},
                   {"year", optional_json(fields.document.year)},
                   {"reference", optional_json(fields.document.reference)}};
  writer.add_evidence(document, fields.document.evidence);
  out["document"] = document;

  Json parties = Json::array();
  for (const Party& party : fields.parties) {
    Json item = {{"name", party.name}, {"short_name", optional_json(party.short_name)}, {"text", party.evidence.text}};
    writer.add_evidence(item, party.evidence);
    parties.push_back(item);
  }
  out["parties"] = parties;

  Json stamps = Json::array();
  for (const ReceivedStamp& stamp : fields.received_stamps) {
    Json item = {{"date", optional_json(stamp.date)}, {"text", stamp.evidence.text}, {"color", optional_json(stamp.color)}};
    writer.add_evidence(item, stamp.evidence);
    stamps.push_back(item);
  }
  out["received_stamps"] = stamps;

  Json amounts = Json::array();
  for (const Amount& amount : fields.amounts) {
    // Whole euros print as integers ("2812460", not "2812460.0").
    const bool whole = amount.value == std::floor(amount.value) && std::abs(amount.value) < 9e15;
    Json item = {{"value", whole ? Json(static_cast<long long>(amount.value)) : Json(amount.value)},         {"currency", amount.currency},
                 {"text", amount.evidence.text},  {"section", optional_json(amount.section)},
                 {"is_total", amount.is_total}};
    writer.add_evidence(item, amount.evidence);
    amounts.push_back(item);
  }
  out["amounts"] = amounts;

  Json projects = Json::array();
  for (const Project& project : fields.projects) {
    Json item = {{"number", project.number}, {"category", project.category}, {"items", project.items}};
    writer.add_evidence(item, project.evidence);
    projects.push_back(item);
  }
  out["projects"] = projects;

  Json signatories = Json::array();
  for (const Signatory& signatory : fields.signatories) {
    Json item = {{"name", optional_json(signatory.name)},
                 {"title", optional_json(signatory.title)},
                 {"role", optional_json(signatory.role)},
                 {"organization", optional_json(signatory.organization)},
                 {"place", optional_json(signatory.place)},
                 {"date", optional_json(signatory.date)},
                 {"signature_present", optional_json(signatory.signature_present)}};
    writer.add_evidence(item, signatory.evidence);
    signatories.push_back(item);
  }
  out["signatories"] = signatories;
}

}  // namespace

nlohmann::ordered_json box_on_input_page(const DocumentResult& document, int page_number,
                                         const std::optional<cv::Rect>& upright_box) {
  if (!upright_box || page_number < 1 || page_number > static_cast<int>(document.pages.size())) return nullptr;
  const PageResult& page = document.pages[static_cast<std::size_t>(page_number - 1)];
  if (!page.has_image) return nullptr;
  const cv::Rect2d box = box_on_original(page.transform, cv::Rect2d(*upright_box));
  const int left = std::clamp(static_cast<int>(std::floor(box.x)), 0, page.width);
  const int top = std::clamp(static_cast<int>(std::floor(box.y)), 0, page.height);
  const int right = std::clamp(static_cast<int>(std::ceil(box.x + box.width)), left, page.width);
  const int bottom = std::clamp(static_cast<int>(std::ceil(box.y + box.height)), top, page.height);
  return Json::array({left, top, right - left, bottom - top});
}

nlohmann::ordered_json generator_json(DocumentFormat format, const OutputContext& context) {
  return {{"name", "agreement-ocr"},
          {"version", AGREEMENT_OCR_VERSION},
          {"ocr_model", format == DocumentFormat::kText ? Json(nullptr) : Json(context.model_name)},
          {"rules_version", context.rules_version},
          {"confidence_calibration", context.calibration_version.empty() ? Json(nullptr) : Json(context.calibration_version)}};
}

nlohmann::ordered_json document_to_json(const DocumentResult& document, const OutputContext& context) {
  Json pages = Json::array();
  for (const PageResult& page : document.pages) pages.push_back(page_to_json(page));
  Json out = {
      {"source",
       {{"path", document.path},
        {"sha256", document.sha256},
        {"format", format_name(document.format)},
        {"pages", document.pages.size()}}},
      {"generator", generator_json(document.format, context)},
      {"pages", pages},
  };
  // A name that is no UTF-8 comes out with U+FFFD in "path"; its bytes stay findable.
  if (!is_valid_utf8(document.path)) out["source"]["path_hex"] = hex_of(document.path);
  if (document.fields) add_fields(out, *document.fields, FieldWriter(document));
  out["warnings"] = document.warnings;
  return out;
}

}  // namespace agreement_ocr
