// Damaged and hostile inputs built in code from valid ones, so each bad-input test says
// exactly what is wrong with its file.
#pragma once

#include <string>
#include <vector>

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

// A PDF of one page with this MediaBox and content stream, its cross-reference table at the
// right offsets. Its page tree states `count` pages; `objects` are numbered from 5 on (from 4
// when `content` is empty: the page then has no content stream), and
// `resources` is the inside of the page's /Resources dictionary.
std::string one_page_pdf(const std::string& media_box, const std::string& count = "1", const std::string& content = "",
                         const std::vector<std::string>& objects = {}, const std::string& resources = "");
// An A4 page that saves the graphics state `depth` times over: poppler keeps every saved
// state, so its memory grows with the depth (300,000: about 2 GB) while the file stays small.
std::string pdf_of_nested_saves(int depth);
// An A4 page that draws a run-length coded 8000x8000 grey image `times` times over the page:
// about 0.1 s of rendering each, in a file of 1 MB.
std::string pdf_drawing_an_image(int times);

}  // namespace agreement_ocr::testing
