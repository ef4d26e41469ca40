#include "support/ocr_engines.h"

#include <gtest/gtest.h>

#include "ocr/orientation_judges.h"

namespace agreement_ocr::testing {

std::unique_ptr<OcrEngine> fast_engine() {
  auto model = locate_model("fast");
  EXPECT_TRUE(model.ok()) << model.status().message();
  if (!model.ok()) return nullptr;
  auto created = OcrEngine::create(*model);
  EXPECT_TRUE(created.ok()) << created.status().message();
  return created.ok() ? std::move(*created) : nullptr;
}

OrientationJudges orientation_judges() {
  static std::unique_ptr<OcrEngine> reader = fast_engine();
  static std::unique_ptr<OrientationEngine> osd = [] {
    auto created = OrientationEngine::create();
    EXPECT_TRUE(created.ok()) << created.status().message();
    return created.ok() ? std::move(*created) : nullptr;
  }();
  return agreement_ocr::orientation_judges(osd.get(), reader.get());
}

}  // namespace agreement_ocr::testing
