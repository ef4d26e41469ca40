// Archive renditions of a processed document written beside its JSON: a searchable PDF
// (the upright, deskewed page images under Tesseract's invisible text layer), a plain-text
// sidecar (the pages' text, one form feed between pages, readable again by `extract`),
// hOCR and ALTO. All but the text are made by Tesseract's renderers page by page.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "pipeline.h"

namespace agreement_ocr {

struct ArchiveRequest {
  bool pdf = false;
  bool text = false;
  bool hocr = false;
  bool alto = false;
  // What the OCR stage has to keep of each page for these files.
  RenditionRequest renditions() const { return {hocr, alto, pdf}; }
};

// The files `request` asks for, named <base>.pdf, .txt, .hocr and .alto.xml.
std::vector<std::string> archive_paths(const std::string& base, const ArchiveRequest& request);

// Writes each requested file atomically. Callers ask text input for the text sidecar
// only: it has no page images to make the others from.
Status write_archive_files(const DocumentResult& document, const std::string& base, const ArchiveRequest& request);

// The pages' searchable one-page PDFs joined, in order, into one PDF (with qpdf).
Result<std::string> join_pdf_pages(const std::vector<const std::string*>& pages);

}  // namespace agreement_ocr
