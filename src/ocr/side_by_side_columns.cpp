// Column splitting on word boxes of an upright page.
#include "ocr/side_by_side_columns.h"

#include <algorithm>
#include <limits>

#include "ocr/scribble_lines.h"

namespace agreement_ocr {
namespace {

struct Interval {
  double from;
  double to;
  double width() const { return to - from; }
};

double median_word_height(const std::vector<OcrLine>& lines) {
  std::vector<int> heights;
  for (const auto& line : lines)
    if (!line.in_stamp_frame)
      for (const auto& word : line.words) heights.push_back(word.box.height);
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

// A line of a signature scribble or specks may sprawl across a gutter without closing it.
// Nor may a stamp's reading: a stamp is put wherever there is room, often over the gutter.
bool closes_no_gutter(const OcrLine& line) { return line.in_stamp_frame || is_scribble_line(line); }

// The horizontal space of a line free of words, including the open space beyond its ends.
std::vector<Interval> free_space(const OcrLine& line) {
  std::vector<Interval> space;
  double from = -std::numeric_limits<double>::infinity();
  for (const auto& word : line.words) {
    if (word.box.x > from) space.push_back({from, static_cast<double>(word.box.x)});
    from = std::max(from, static_cast<double>(word.box.x + word.box.width));
  }
  space.push_back({from, std::numeric_limits<double>::infinity()});
  return space;
}

// Gaps between the line's own words at least `min_width` wide.
std::vector<Interval> inner_gaps(const OcrLine& line, double min_width) {
  std::vector<Interval> gaps;
  const auto space = free_space(line);
  for (std::size_t i = 1; i + 1 < space.size(); ++i)
    if (space[i].width() >= min_width) gaps.push_back(space[i]);
  return gaps;
}

std::vector<Interval> intersect(const std::vector<Interval>& gutters, const std::vector<Interval>& space,
                                double min_width) {
  std::vector<Interval> result;
  for (const auto& gutter : gutters)
    for (const auto& free : space) {
      const Interval both{std::max(gutter.from, free.from), std::min(gutter.to, free.to)};
      if (both.width() >= min_width) result.push_back(both);
    }
  return result;
}

int column_of(const OcrWord& word, const std::vector<Interval>& gutters) {
  const double center = word.box.x + word.box.width / 2.0;
  int column = 0;
  // Against the gutter's middle: words of low confidence may reach into the gutter.
  for (const auto& gutter : gutters)
    if (center > (gutter.from + gutter.to) / 2) ++column;
  return column;
}

// Whether the line has words on both sides of a gutter with a gap there of `min_gap` or more.
bool spans_a_gutter(const OcrLine& line, const std::vector<Interval>& gutters, double min_gap) {
  if (line.words.empty() || column_of(line.words.front(), gutters) == column_of(line.words.back(), gutters)) {
    return false;
  }
  for (const auto& gutter : gutters) {
    const double middle = (gutter.from + gutter.to) / 2;
    for (const auto& free : free_space(line))
      if (free.from <= middle && middle <= free.to && free.width() >= min_gap) return true;
  }
  return false;
}

// The band a line's text stands in: the middle word's top and bottom, so that an emblem or
// a scribble read as one tall word beside the text does not move it.
Interval text_band(const OcrLine& line) {
  std::vector<std::pair<int, int>> bands;  // (centre * 2, height)
  for (const auto& word : line.words) bands.emplace_back(2 * word.box.y + word.box.height, word.box.height);
  if (bands.empty()) return {static_cast<double>(line.box.y), static_cast<double>(line.box.y + line.box.height)};
  std::nth_element(bands.begin(), bands.begin() + static_cast<std::ptrdiff_t>(bands.size() / 2), bands.end());
  const auto [centre2, height] = bands[bands.size() / 2];
  return {(centre2 - height) / 2.0, (centre2 + height) / 2.0};
}

// Top to bottom: Tesseract's order across the blocks it joined need not be (a wordmark's
// second line before its first). A line moves up only past lines whose text stands wholly
// below its own, so two pieces of one row keep their order, and so do a stamp's lines,
// which share its frame's box.
void order_top_to_bottom(std::vector<OcrLine>& lines) {
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const Interval band = text_band(lines[k]);
    std::size_t to = k;
    while (to > 0 && band.to <= text_band(lines[to - 1]).from) --to;
    if (to != k) std::rotate(lines.begin() + static_cast<std::ptrdiff_t>(to), lines.begin() + static_cast<std::ptrdiff_t>(k),
                             lines.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

OcrLine line_of_words(std::vector<OcrWord> words, const OcrLine& source, int paragraph) {
  OcrLine line;
  line.block = source.block;
  line.paragraph = paragraph;
  line.in_stamp_frame = source.in_stamp_frame;
  line.cut_by_stamp = source.cut_by_stamp;
  line.words = std::move(words);
  join_words(line);
  return line;
}

// One pass: every run of side-by-side lines split at the gutters all its lines share.
std::vector<OcrLine> split_columns_once(const std::vector<OcrLine>& lines, double min_gutter_heights) {
  const double word_height = median_word_height(lines);
  if (word_height <= 0) return lines;
  const double min_gutter = min_gutter_heights * word_height;
  // Paragraph numbers for the split columns continue past Tesseract's own.
  int next_paragraph = 0;
  for (const auto& line : lines) next_paragraph = std::max(next_paragraph, line.paragraph + 1);

  std::vector<OcrLine> result;
  for (std::size_t i = 0; i < lines.size();) {
    std::vector<Interval> gutters = lines[i].in_stamp_frame ? std::vector<Interval>{} : inner_gaps(lines[i], min_gutter);
    if (gutters.empty()) {
      result.push_back(lines[i++]);
      continue;
    }
    // Grow the run while the lines leave a common gutter free and follow closely.
    std::size_t end = i + 1;
    while (end < lines.size()) {
      const auto narrowed =
          closes_no_gutter(lines[end]) ? gutters : intersect(gutters, free_space(lines[end]), min_gutter / 2);
      const double vertical_gap = lines[end].box.y - (lines[end - 1].box.y + lines[end - 1].box.height);
      // A signature between a date line and the printed name leaves 5 to 9 word heights
      // blank (2-3 cm at 11 pt).
      if (narrowed.empty() || vertical_gap > 12 * word_height) break;
      gutters = narrowed;
      ++end;
    }
    const auto split_lines =
        std::count_if(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(end),
                      [&](const OcrLine& line) { return spans_a_gutter(line, gutters, min_gutter); });
    if (split_lines < 2) {
      result.push_back(lines[i++]);
      continue;
    }
    const int columns = static_cast<int>(gutters.size()) + 1;
    for (int column = 0; column < columns; ++column) {
      const int paragraph = next_paragraph++;
      std::vector<OcrLine> column_lines;
      for (std::size_t k = i; k < end; ++k) {
        std::vector<OcrWord> words;
        for (const auto& word : lines[k].words)
          if (column_of(word, gutters) == column) words.push_back(word);
        if (!words.empty()) column_lines.push_back(line_of_words(std::move(words), lines[k], paragraph));
      }
      order_top_to_bottom(column_lines);
      result.insert(result.end(), column_lines.begin(), column_lines.end());
    }
    i = end;
  }
  return result;
}

}  // namespace

std::vector<OcrLine> read_columns_in_order(const std::vector<OcrLine>& lines, double min_gutter_heights) {
  // A gutter only part of a run shares (a stamp beside a wordmark, below a letterhead that
  // stands beside both) is found in the next pass, inside the column the first pass made.
  std::vector<OcrLine> result = split_columns_once(lines, min_gutter_heights);
  for (std::size_t before = lines.size(); result.size() != before;) {
    before = result.size();
    result = split_columns_once(result, min_gutter_heights);
  }
  return result;
}

std::string text_of_lines(const std::vector<OcrLine>& lines) {
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) text += lines[i].paragraph != lines[i - 1].paragraph ? "\n\n" : "\n";
    text += lines[i].text;
  }
  if (!text.empty()) text += '\n';
  return text;
}

}  // namespace agreement_ocr
