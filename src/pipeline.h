// The whole pipeline for one document: load -> upright (orientation, deskew) -> OCR ->
// extract fields. The only place where stages are called in sequence.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/fields.h"
#include "extract/rules.h"
#include "extract/signature_ink.h"
#include "io/document.h"
#include "ocr/ocr_engine.h"
#include "preprocess/page_transform.h"
#include "preprocess/upright_page.h"

namespace agreement_ocr {

struct PipelineOptions {
  LoadLimits limits;
  UprightOptions upright;
  std::shared_ptr<const Rules> rules;  // no field extraction without rules
  // Engines whose readings of handwriting are voted on (a second model disagrees with the
  // first in different places); the page's engine alone when empty.
  std::vector<OcrEngine*> handwriting_engines;
};

struct PageResult {
  int number = 0;
  bool has_image = true;  // false for text input: no pixels, no boxes
  double dpi = 0.0;
  int width = 0;   // of the input page, in pixels: the space boxes are reported in
  int height = 0;
  PageTransform transform;  // input page -> upright page
  double orientation_confidence = 0.0;
  OcrPage ocr;
  std::vector<OcrLine> stamp_lines;  // read inside stamp frames, apart from the page text
  std::optional<InkMap> ink;  // kept only for pages with a signature block
};

struct DocumentResult {
  std::string path;
  std::string sha256;
  DocumentFormat format = DocumentFormat::kUnknown;
  std::vector<PageResult> pages;
  std::optional<Fields> fields;
  std::vector<std::string> warnings;
};

// Called after each page with (pages done, pages in all).
using PageProgress = std::function<void(int, int)>;

// `engine` may be null for text input.
Result<DocumentResult> process_document(const std::string& path, OcrEngine* engine, const PipelineOptions& options,
                                        const PageProgress& progress = {});

}  // namespace agreement_ocr
