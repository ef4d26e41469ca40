// Where an OCR model lives: the name given on the command line ("fast", "best_int") or a
// path, resolved to a tessdata directory and a language inside it.
#pragma once

#include <string>

#include "core/status.h"

namespace agreement_ocr {

struct OcrModel {
  std::string name;           // as the user gave it
  std::string tessdata_dir;   // directory holding <language>.traineddata
  std::string language = "deu";
};

// "fast": Debian's tesseract-ocr-deu (TESSDATA_PREFIX overrides its directory).
// "best_int": models/best_int/, fetched from the npm package @tesseract.js-data/deu by
//   scripts/setup (AGREEMENT_OCR_MODELS overrides the models directory).
// Otherwise a .traineddata file, or a directory holding deu.traineddata.
// Fails with kMissingResource when the model file is not there.
Result<OcrModel> locate_model(const std::string& name_or_path);

}  // namespace agreement_ocr
