// The line is read whole, not the word alone: the other model needs the neighbouring words'
// context to read "Fit für" where the fast one saw "Fitfür".
#include "ocr/weak_words.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {
namespace {

constexpr double kWeak = 0.7;
constexpr double kSure = 0.5;
constexpr double kSurer = 0.15;

// The second reading's words that stand within `weak`'s box: their middle inside it, and
// most of their width.
std::vector<OcrWord> words_within(const std::vector<OcrWord>& reading, const cv::Rect& weak) {
  std::vector<OcrWord> inside;
  for (const OcrWord& word : reading) {
    const int middle = word.box.x + word.box.width / 2;
    const int overlap = std::min(word.box.br().x, weak.br().x) - std::max(word.box.x, weak.x);
    if (middle >= weak.x && middle < weak.br().x && overlap * 10 >= word.box.width * 6) inside.push_back(word);
  }
  return inside;
}

// Whether `instead` spans most of `weak`'s width: a reading that leaves part of the word out
// ("Fit" of "Fit fürden" for "Fitfür") would lose text.
bool covers(const std::vector<OcrWord>& instead, const cv::Rect& weak) {
  if (instead.empty()) return false;
  int left = instead.front().box.x, right = instead.front().box.br().x;
  for (const OcrWord& word : instead) left = std::min(left, word.box.x), right = std::max(right, word.box.br().x);
  return (right - left) * 10 >= weak.width * 8;
}

// The median white run between the words of a line, in pixels (0 for a single word).
int median_gap(const std::vector<OcrWord>& words) {
  std::vector<int> gaps;
  for (std::size_t i = 1; i < words.size(); ++i) gaps.push_back(words[i].box.x - words[i - 1].box.br().x);
  if (gaps.empty()) return 0;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
  return gaps[gaps.size() / 2];
}

}  // namespace

bool is_weak_word(const OcrWord& word) {
  return word.confidence < kWeak && !word.in_dictionary && letters_in(word.text) >= 3;
}

// Tesseract's word boxes are tight around the ink, so the gap between two boxes is white.
bool is_split_at_white_space(const OcrWord& weak, const std::vector<OcrWord>& instead, int space, int line_height) {
  if (instead.size() < 2) return false;
  std::string joined;
  for (const OcrWord& word : instead) joined += word.text;
  if (joined != weak.text) return false;
  const int least = std::max(space / 2, line_height * 3 / 20);
  for (std::size_t i = 1; i < instead.size(); ++i)
    if (instead[i].box.x - instead[i - 1].box.br().x < least) return false;
  return true;
}

void reread_weak_words(OcrEngine& second, const cv::Mat& upright_grey, double dpi, const RE2& place_date, OcrPage& page) {
  bool changed = false;
  const cv::Rect whole_page(0, 0, upright_grey.cols, upright_grey.rows);
  for (OcrLine& line : page.lines) {
    if (!has_own_word_boxes(line) || RE2::FullMatch(line.text, place_date)) continue;
    if (std::none_of(line.words.begin(), line.words.end(), is_weak_word)) continue;
    const int height = std::max(line.box.height, 1);
    const cv::Rect region =
        cv::Rect(line.box.x - height / 2, line.box.y - height / 4, line.box.width + height, line.box.height + height / 2) & whole_page;
    if (region.area() == 0) continue;
    auto read = second.recognize_words_in(upright_grey, region, dpi, OcrEngine::RegionKind::kLine);
    if (!read.ok()) continue;
    const std::vector<OcrWord>& reading = *read;
    const int space = median_gap(line.words);
    std::vector<OcrWord> words;
    bool line_changed = false;
    for (const OcrWord& word : line.words) {
      std::vector<OcrWord> instead = is_weak_word(word) ? words_within(reading, word.box) : std::vector<OcrWord>{};
      const bool surer = covers(instead, word.box) && std::all_of(instead.begin(), instead.end(), [&](const OcrWord& other) {
        return other.confidence >= kSure && other.confidence >= word.confidence + kSurer;
      });
      if (!surer && !is_split_at_white_space(word, instead, space, height)) {
        words.push_back(word);
        continue;
      }
      line_changed = true;
      words.insert(words.end(), instead.begin(), instead.end());
    }
    if (!line_changed) continue;
    line.words = std::move(words);
    join_words(line);
    changed = true;
  }
  if (changed) page.text = text_of_lines(page.lines);
}

}  // namespace agreement_ocr
