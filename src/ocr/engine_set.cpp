// Creating a worker's engines.
#include "ocr/engine_set.h"

#include "ocr/model_location.h"

namespace agreement_ocr {

std::vector<OcrEngine*> EngineSet::handwriting_readers() const {
  std::vector<OcrEngine*> readers = {page.get()};
  if (second_opinion) readers.push_back(second_opinion.get());
  return readers;
}

Result<EngineSet> create_engine_set(const std::string& model_name, double time_limit_seconds) {
  auto model = locate_model(model_name);
  if (!model.ok()) return model.status();
  auto page = OcrEngine::create(*model);
  if (!page.ok()) return page.status();
  EngineSet engines;
  engines.page = std::move(*page);
  const std::string other = model_name == "best_int" ? "fast" : "best_int";
  if (auto other_model = locate_model(other); other_model.ok()) {
    if (auto second = OcrEngine::create(*other_model); second.ok()) engines.second_opinion = std::move(*second);
  }
  if (auto orientation = OrientationEngine::create(); orientation.ok()) engines.orientation = std::move(*orientation);
  engines.page->set_time_limit_seconds(time_limit_seconds);
  if (engines.second_opinion) engines.second_opinion->set_time_limit_seconds(time_limit_seconds);
  return engines;
}

}  // namespace agreement_ocr
