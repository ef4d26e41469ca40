// The row above the role line, by the role line's own geometry: one line pitch up, as wide
// as the block.
#include "ocr/printed_names.h"

#include <algorithm>
#include <cctype>

#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {
namespace {

// A reading must be about this sure of itself to stand in for page OCR's.
constexpr double kMinConfidence = 0.75;

bool has_letters(const std::vector<OcrWord>& words) {
  return std::any_of(words.begin(), words.end(), [](const OcrWord& word) {
    return std::any_of(word.text.begin(), word.text.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
  });
}

// The band the name stands in, above the role line `role` of a block starting at `start`.
cv::Rect name_band(const std::vector<OcrLine>& lines, std::size_t start, std::size_t role) {
  const cv::Rect& role_box = lines[role].box;
  const int height = std::max(role_box.height, 1);
  // The pitch of the block's lines, from the role line to the line under it when there is one.
  int pitch = height * 3 / 2;
  if (role + 1 < lines.size()) {
    const int below = lines[role + 1].box.y - role_box.y;
    if (below > height && below < 3 * height) pitch = below;
  }
  int left = std::min(lines[start].box.x, role_box.x);
  int right = std::max(lines[start].box.br().x, role_box.br().x);
  for (std::size_t k = role + 1; k < lines.size() && k <= role + 3; ++k) {
    if (lines[k].paragraph != lines[role].paragraph) break;
    right = std::max(right, lines[k].box.br().x);
  }
  const int top = role_box.y - pitch - height / 4;
  return {left - height / 2, top, right - left + height, role_box.y - height / 8 - top};
}

}  // namespace

void reread_printed_names(OcrEngine& engine, const cv::Mat& upright_grey, double dpi, const RE2& place_date,
                          const std::function<bool(const std::string&)>& is_role, OcrPage& page) {
  bool changed = false;
  std::vector<OcrLine>& lines = page.lines;
  for (std::size_t start = 0; start < lines.size(); ++start) {
    if (!RE2::FullMatch(lines[start].text, place_date)) continue;
    // The role line within six lines of the block's own (a stamp's lines between do not count).
    std::size_t role = start + 1;
    for (int seen = 0; role < lines.size(); ++role) {
      if (lines[role].in_stamp_frame) continue;
      if (++seen > 6 || RE2::FullMatch(lines[role].text, place_date) || is_role(lines[role].text)) break;
    }
    if (role >= lines.size() || !is_role(lines[role].text)) continue;
    const cv::Rect band = name_band(lines, start, role) & cv::Rect(0, 0, upright_grey.cols, upright_grey.rows);
    if (band.width < lines[role].box.height || band.height < lines[role].box.height) continue;
    auto read = engine.recognize_words_in(upright_grey, band, dpi, OcrEngine::RegionKind::kLine);
    if (!read.ok()) continue;
    std::vector<OcrWord> words = std::move(*read);
    if (words.empty() || !has_letters(words) || mean_confidence_of(words) < kMinConfidence) continue;
    // Page OCR's name line: the line right above the role line, when it stands in the band.
    const bool has_name_line =
        role > start + 1 && !lines[role - 1].in_stamp_frame && (lines[role - 1].box & band).area() > 0;
    if (has_name_line && mean_confidence_of(lines[role - 1].words) >= mean_confidence_of(words)) continue;
    OcrLine name;
    name.block = lines[role].block;
    name.paragraph = lines[role].paragraph;
    name.words = std::move(words);
    join_words(name);
    if (has_name_line) {
      lines[role - 1] = std::move(name);
    } else {
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(role), std::move(name));
    }
    changed = true;
  }
  if (changed) page.text = text_of_lines(page.lines);
}

}  // namespace agreement_ocr
