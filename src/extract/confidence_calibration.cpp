// Loading and applying a confidence calibration.
#include "extract/confidence_calibration.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/models_directory.h"

namespace agreement_ocr {

Result<std::shared_ptr<const ConfidenceCalibration>> load_calibration_option(const std::string& option) {
  if (option == "none") return std::shared_ptr<const ConfidenceCalibration>();
  return load_calibration(option.empty() ? default_calibration_path() : option);
}

std::string default_calibration_path() {
  return models_directory() + "/rules/agreement.confidence.json";
}

Result<std::shared_ptr<const ConfidenceCalibration>> load_calibration(const std::string& path) {
  std::ifstream stream(path);
  if (!stream) return Status::MissingResource("cannot read confidence calibration " + path);
  auto calibration = std::make_shared<ConfidenceCalibration>();
  try {
    const nlohmann::json json = nlohmann::json::parse(stream);
    calibration->version = json.at("version").get<std::string>();
    calibration->measured_on = json.value("measured_on", "");
    for (const auto& [rule, bands] : json.at("rules").items()) {
      auto& parsed = calibration->rules[rule];
      for (const auto& band : bands) {
        parsed.push_back({band.at("below").get<double>(), band.at("share_right").get<double>(), band.value("values", 0)});
        const ConfidenceBand& last = parsed.back();
        if (last.share_right < 0 || last.share_right > 1 || (parsed.size() > 1 && last.below <= parsed[parsed.size() - 2].below))
          return Status(ErrorCode::kUsage, path + ": rule '" + rule + "': bands must rise and shares lie in [0, 1]");
      }
      if (parsed.empty()) return Status(ErrorCode::kUsage, path + ": rule '" + rule + "' has no bands");
    }
  } catch (const nlohmann::json::exception& e) {
    return Status(ErrorCode::kUsage, "confidence calibration " + path + " is not valid: " + e.what());
  }
  return std::shared_ptr<const ConfidenceCalibration>(std::move(calibration));
}

double calibrated_confidence(const ConfidenceCalibration& calibration, const std::string& rule, double raw) {
  const auto found = calibration.rules.find(rule);
  if (found == calibration.rules.end()) return raw;
  const auto& bands = found->second;
  const auto band = std::find_if(bands.begin(), bands.end(), [&](const ConfidenceBand& b) { return raw < b.below; });
  return (band == bands.end() ? bands.back() : *band).share_right;
}

void calibrate_confidences(Fields& fields, const ConfidenceCalibration& calibration) {
  auto calibrate = [&](Evidence& evidence) {
    if (!evidence.rule.empty()) evidence.confidence = calibrated_confidence(calibration, evidence.rule, evidence.confidence);
  };
  calibrate(fields.document.evidence);
  for (auto& party : fields.parties) calibrate(party.evidence);
  for (auto& stamp : fields.received_stamps) calibrate(stamp.evidence);
  for (auto& amount : fields.amounts) calibrate(amount.evidence);
  for (auto& project : fields.projects) calibrate(project.evidence);
  for (auto& signatory : fields.signatories) calibrate(signatory.evidence);
}

}  // namespace agreement_ocr
