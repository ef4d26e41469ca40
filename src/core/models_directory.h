// Where the project's models and rules live: models/ in the source tree, or the folder
// AGREEMENT_OCR_MODELS names.
#pragma once

#include <string>

namespace agreement_ocr {

std::string models_directory();

}  // namespace agreement_ocr
