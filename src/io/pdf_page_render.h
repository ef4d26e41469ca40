// One PDF page rendered to grey pixels with poppler-cpp: what the document renders in this
// process (library use) and what the render child does in its own.
#pragma once

#include <poppler/cpp/poppler-document.h>

#include <opencv2/core.hpp>

#include "core/status.h"

namespace agreement_ocr {

struct RenderedPdfPage {
  cv::Mat pixels;          // CV_8UC1
  bool has_text = false;   // the page carries a text layer (ignored: pages are OCR'd)
};

Result<RenderedPdfPage> render_pdf_page(const poppler::document& pdf, int index, double dpi);

}  // namespace agreement_ocr
