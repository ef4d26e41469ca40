// Archive renditions of one recognised page, made by Tesseract's own renderers from the
// page recognition (before the region re-reads replace its state): hOCR and ALTO
// fragments and a one-page searchable PDF. Coordinates are those of the upright page.
#pragma once

#include <string>

namespace agreement_ocr {

struct RenditionRequest {
  bool hocr = false;
  bool alto = false;
  bool pdf = false;
  bool any() const { return hocr || alto || pdf; }
};

struct PageRenditions {
  std::string hocr;  // the page's <div class='ocr_page'> element
  std::string alto;  // the page's <Page> element
  std::string pdf;   // a complete one-page PDF: the page image under an invisible text layer
};

}  // namespace agreement_ocr
