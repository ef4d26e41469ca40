// Damaged and hostile inputs built in code from valid ones, so each bad-input test says
// exactly what is wrong with its file.
#pragma once

#include <string>

#include "core/file_bytes.h"

namespace agreement_ocr::testing {

Bytes png_page();                       // a small valid PNG text page
Bytes tiny_png(int width, int height);  // a valid white PNG of that size
Bytes tiff_pages();                     // a small valid two-page TIFF
Bytes truncated(const Bytes& bytes);    // the first half
Bytes random_bytes(std::size_t count);  // deterministic noise
// A valid PNG whose header claims width x height (pixel data stays tiny).
Bytes png_claiming(int width, int height);
// png_page() with a pHYs chunk stating `dpi` (as pixels per metre, rounded).
Bytes png_stating_dpi(double dpi);
Bytes file_at(const std::string& path_from_source_root);

}  // namespace agreement_ocr::testing
