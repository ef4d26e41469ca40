// The whole pipeline for one document: load -> upright (orientation, deskew) -> OCR ->
// extract fields. The only place where stages are called in sequence. Split into an
// opening step, a per-page step and a finishing step so that a batch can spread the
// pages of one document over several workers.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/file_bytes.h"
#include "core/status.h"
#include "extract/confidence_calibration.h"
#include "extract/fields.h"
#include "extract/rules.h"
#include "extract/signature_ink.h"
#include "io/document.h"
#include "ocr/engine_set.h"
#include "ocr/page_renditions.h"
#include "preprocess/page_transform.h"
#include "preprocess/upright_page.h"

namespace agreement_ocr {

struct PipelineOptions {
  LoadLimits limits;
  UprightOptions upright;
  std::shared_ptr<const Rules> rules;  // no field extraction without rules
  // Measured confidences; none: the extractors' raw ones (for fitting a calibration).
  std::shared_ptr<const ConfidenceCalibration> calibration;
  RenditionRequest renditions;         // archive formats kept per page (none by default)
};

struct PageResult {
  int number = 0;
  bool has_image = true;  // false for text input: no pixels, no boxes
  double dpi = 0.0;
  int width = 0;   // of the input page, in pixels: the space boxes are reported in
  int height = 0;
  PageTransform transform;  // input page -> upright page
  double orientation_confidence = 0.0;
  OrientationRule orientation_rule = OrientationRule::kKeptAsFound;
  OcrPage ocr;
  std::vector<cv::Rect> stamp_frames;  // on the upright page: stamp ink is no signature
  std::optional<InkMap> ink;  // kept only for pages with a signature block
  PageRenditions renditions;  // what options.renditions asked for
  std::vector<std::string> warnings;
};

struct DocumentResult {
  std::string path;
  std::string sha256;
  DocumentFormat format = DocumentFormat::kUnknown;
  std::vector<PageResult> pages;
  std::optional<Fields> fields;
  std::vector<std::string> warnings;
};

// An input read and opened: either a scan whose pages are decoded one at a time, or text.
struct OpenedInput {
  DocumentResult result;              // path, sha256 and format filled in
  std::unique_ptr<Document> scan;     // null for text input
  std::string text;                   // the text of a .txt input
  int page_count() const;
};

// Reads `path`, hashes it and opens it. Fails with kBadInput on unreadable, corrupt,
// unsupported, encrypted or oversized input.
Result<OpenedInput> open_input(const std::string& path, const LoadLimits& limits);

// Upright, OCR, stamps, handwritten dates and ink of one decoded page, with `engines`
// (one worker's; not shared between threads).
Result<PageResult> process_page(PageImage page, EngineSet& engines, const PipelineOptions& options);

// Text input: its pages from form feeds, then the fields.
Result<DocumentResult> process_text(OpenedInput input, const PipelineOptions& options);

// Once every page is in `document.pages` (in order): page warnings gathered, fields
// extracted and signatures judged from ink.
void finish_document(DocumentResult& document, const PipelineOptions& options);

// Called after each page with (pages done, pages in all).
using PageProgress = std::function<void(int, int)>;

// The whole document on one thread. `engines` may be null for text input.
Result<DocumentResult> process_document(const std::string& path, EngineSet* engines, const PipelineOptions& options,
                                        const PageProgress& progress = {});

}  // namespace agreement_ocr
