// Resolving model names to files, and failing clearly when a model is not installed.
#include "ocr/model_location.h"

#include <cstdlib>
#include <filesystem>

#include "core/models_directory.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDebianTessdata = "/usr/share/tesseract-ocr/5/tessdata";

Result<OcrModel> model_in(const std::string& name, const fs::path& dir, const std::string& language,
                          const std::string& how_to_install) {
  const fs::path file = dir / (language + ".traineddata");
  std::error_code error;
  if (!fs::is_regular_file(file, error)) {
    return Status::MissingResource("OCR model '" + name + "' not found at " + file.string() + how_to_install);
  }
  return OcrModel{name, dir.string(), language};
}

}  // namespace

Result<OcrModel> locate_model(const std::string& name_or_path) {
  if (name_or_path == "fast") {
    const char* prefix = std::getenv("TESSDATA_PREFIX");
    const fs::path dir = prefix && *prefix ? fs::path(prefix) : fs::path(kDebianTessdata);
    return model_in(name_or_path, dir, "deu", " (install tesseract-ocr-deu: scripts/setup)");
  }
  if (name_or_path == "best_int") {
    return model_in(name_or_path, fs::path(models_directory()) / "best_int", "deu", " (fetch it with scripts/setup)");
  }
  const fs::path path(name_or_path);
  if (path.extension() == ".traineddata") {
    return model_in(name_or_path, path.parent_path().empty() ? fs::path(".") : path.parent_path(),
                    path.stem().string(), "");
  }
  return model_in(name_or_path, path, "deu", "");
}

}  // namespace agreement_ocr
