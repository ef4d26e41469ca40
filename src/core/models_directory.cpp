// The models directory, overridable for installed copies and tests.
#include "core/models_directory.h"

#include <cstdlib>

namespace agreement_ocr {

std::string models_directory() {
  if (const char* env = std::getenv("AGREEMENT_OCR_MODELS"); env && *env) return env;
  return AGREEMENT_OCR_MODELS_DIR;
}

}  // namespace agreement_ocr
