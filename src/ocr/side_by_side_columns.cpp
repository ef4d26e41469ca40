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

// The first line of a run found at `first`, looking back over the lines from `earliest` on
// that leave its gutters free and follow closely; narrows `gutters` to what those lines
// leave free. Only as far back as the last line with words right of a gutter.
std::size_t first_row_of_run(const std::vector<OcrLine>& lines, std::size_t earliest, std::size_t first,
                             std::vector<Interval>& gutters, double min_gutter, double word_height) {
  std::size_t start = first;
  std::vector<Interval> narrowed = gutters;
  for (std::size_t k = first; k > earliest; --k) {
    const OcrLine& above = lines[k - 1];
    const double vertical_gap = lines[k].box.y - (above.box.y + above.box.height);
    if (vertical_gap > 12 * word_height) break;
    if (closes_no_gutter(above)) continue;
    narrowed = intersect(narrowed, free_space(above), min_gutter / 2);
    if (narrowed.empty()) break;
    const bool right_of_gutter = std::any_of(above.words.begin(), above.words.end(),
                                             [&](const OcrWord& word) { return column_of(word, narrowed) > 0; });
    if (right_of_gutter) start = k - 1, gutters = narrowed;
  }
  return start;
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
  // Lines from here on went to `result` one by one, unchanged.
  std::size_t plain_since = 0;
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
    // The run's first rows may stand closer than a gutter's width apart ("Stuttgart, den
    // 15. März 2024   Tübingen, den ...", a handwritten date reaching towards the other
    // block) or sit wholly in a right column a little above the left one's first line: once
    // the lines below have shown the gutter, a row above that leaves it free belongs to the
    // run when it has words right of it.
    const std::size_t start = first_row_of_run(lines, plain_since, i, gutters, min_gutter, word_height);
    result.resize(result.size() - (i - start));
    i = start;
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
    i = plain_since = end;
  }
  return result;
}

// A line Tesseract set apart as a paragraph of its own, above a block that comes later in its
// order: a place-and-date line of a right-hand signature block standing a little higher than
// the left one's goes before the body's last line, its block after the whole left column.
// It moves to just before the first line of that block when that line is the nearest one
// below it, flush left with it (within a word height), one to 12 word heights down (a
// signature between), and no text stands between them.
void move_lone_lines_to_their_block(std::vector<OcrLine>& lines) {
  const double word_height = median_word_height(lines);
  if (word_height <= 0) return;
  const auto counts = [](const OcrLine& line) { return !line.in_stamp_frame && !is_scribble_line(line); };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const OcrLine& lone = lines[k];
    if (!counts(lone) || (k > 0 && lines[k - 1].paragraph == lone.paragraph) ||
        (k + 1 < lines.size() && lines[k + 1].paragraph == lone.paragraph)) {
      continue;
    }
    std::size_t below = lines.size();
    for (std::size_t j = 0; j < lines.size(); ++j) {
      const OcrLine& line = lines[j];
      const int gap = line.box.y - lone.box.br().y;
      if (j == k || !counts(line) || std::abs(line.box.x - lone.box.x) > word_height || gap < 0 || gap > 12 * word_height) continue;
      if (below == lines.size() || line.box.y < lines[below].box.y) below = j;
    }
    // A block's own next line (no blank row between) is in the order Tesseract gave it.
    if (below == lines.size() || below <= k + 1 || lines[below].box.y - lone.box.br().y < word_height ||
        lines[below - 1].paragraph == lines[below].paragraph) {
      continue;
    }
    const int left = lone.box.x, right = std::max(lone.box.br().x, lines[below].box.br().x);
    const bool text_between = std::any_of(lines.begin(), lines.end(), [&](const OcrLine& line) {
      return counts(line) && &line != &lone && line.box.y >= lone.box.br().y && line.box.y < lines[below].box.y &&
             line.box.x < right && line.box.br().x > left;
    });
    if (text_between) continue;
    std::rotate(lines.begin() + static_cast<std::ptrdiff_t>(k), lines.begin() + static_cast<std::ptrdiff_t>(k + 1),
                lines.begin() + static_cast<std::ptrdiff_t>(below));
    --k;  // the line now at k is another one
  }
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
  move_lone_lines_to_their_block(result);
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
