#include "ocr/roman_numerals.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>

#include "ocr/word_corrections.h"

namespace agreement_ocr {
namespace {

// The band across the capitals' middle where strokes are counted, in shares of the word
// box's height from its top: below the top serifs, above the bottom ones and above a comma
// or full stop after the numeral; a V's strokes are still apart there. Set from the glyphs'
// geometry, then checked on the variety corpus's dev parts (297 readings, README "OCR").
constexpr double kBandTop = 0.30, kBandBottom = 0.55;
// The share of the band's rows that must show the same count (a majority with room for a
// row through a blot or a V's meeting point).
constexpr double kMinAgreeingRows = 0.6;

struct Parts {
  std::string before, core, after;  // "(", "III", "),"
};

// Splits a reading into brackets or punctuation around a core of numeral-like letters; none
// for other words. Only a comma or full stop may follow (they stay below the band) and
// brackets (counted out: they cross it).
std::optional<Parts> numeral_parts(const std::string& reading) {
  Parts parts;
  std::size_t begin = 0, end = reading.size();
  while (begin < end && reading[begin] == '(') ++begin;
  while (end > begin && (reading[end - 1] == ')' || reading[end - 1] == ',' || reading[end - 1] == '.')) --end;
  parts.before = reading.substr(0, begin);
  parts.core = reading.substr(begin, end - begin);
  parts.after = reading.substr(end);
  if (parts.core.empty() || (parts.core[0] != 'I' && parts.core[0] != 'V')) return std::nullopt;
  for (std::size_t k = 1; k < parts.core.size(); ++k) {
    // The letters and signs the models make of an I next to others (seen on the variety
    // corpus's dev parts: "Il", "IIL", "IH", "VIN", "Vill", "VII!", "I]").
    if (std::string("Il1|HNLi!]").find(parts.core[k]) == std::string::npos) return std::nullopt;
  }
  return parts;
}

int brackets_in(const Parts& parts) {
  return static_cast<int>(std::count(parts.before.begin(), parts.before.end(), '(') +
                          std::count(parts.after.begin(), parts.after.end(), ')'));
}

}  // namespace

std::optional<int> strokes_across_middle(const cv::Mat& grey_word) {
  if (grey_word.empty() || grey_word.rows < 8) return std::nullopt;
  cv::Mat ink;
  cv::threshold(grey_word, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  const int top = static_cast<int>(kBandTop * grey_word.rows), bottom = static_cast<int>(kBandBottom * grey_word.rows);
  std::map<int, int> rows_by_count;
  for (int y = top; y < bottom; ++y) {
    const std::uint8_t* row = ink.ptr<std::uint8_t>(y);
    int runs = 0;
    for (int x = 0; x < ink.cols; ++x) {
      if (row[x] && (x == 0 || !row[x - 1])) ++runs;
    }
    ++rows_by_count[runs];
  }
  const auto most = std::max_element(rows_by_count.begin(), rows_by_count.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most == rows_by_count.end() || most->second < kMinAgreeingRows * (bottom - top)) return std::nullopt;
  return most->first;
}

std::optional<std::string> numeral_of_strokes(const std::string& reading, int strokes) {
  const auto parts = numeral_parts(reading);
  if (!parts) return std::nullopt;
  const bool five = parts->core[0] == 'V';
  const int ones = strokes - (five ? 2 : 0);
  if (ones < (five ? 0 : 1) || ones > 3) return std::nullopt;
  return std::string(five ? "V" : "") + std::string(static_cast<std::size_t>(ones), 'I');
}

void restore_roman_numerals(const cv::Mat& grey, OcrPage& page) {
  const cv::Rect inside(0, 0, grey.cols, grey.rows);
  correct_words(page, [&](const OcrLine& line, std::size_t k) -> std::optional<std::string> {
    const OcrWord& word = line.words[k];
    const auto parts = numeral_parts(word.text);
    if (!parts) return std::nullopt;
    const cv::Rect box = word.box & inside;
    if (box.area() <= 0) return std::nullopt;
    const std::optional<int> strokes = strokes_across_middle(grey(box));
    if (!strokes) return std::nullopt;
    const std::optional<std::string> numeral = numeral_of_strokes(word.text, *strokes - brackets_in(*parts));
    if (!numeral) return std::nullopt;
    return parts->before + *numeral + parts->after;
  });
}

}  // namespace agreement_ocr
