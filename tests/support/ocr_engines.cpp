#include "support/ocr_engines.h"

#include <gtest/gtest.h>

namespace agreement_ocr::testing {

std::unique_ptr<OcrEngine> fast_engine() {
  auto model = locate_model("fast");
  EXPECT_TRUE(model.ok()) << model.status().message();
  if (!model.ok()) return nullptr;
  auto created = OcrEngine::create(*model);
  EXPECT_TRUE(created.ok()) << created.status().message();
  return created.ok() ? std::move(*created) : nullptr;
}

}  // namespace agreement_ocr::testing
