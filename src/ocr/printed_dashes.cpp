#include "ocr/printed_dashes.h"

#include <algorithm>
#include <cctype>

#include "ocr/word_corrections.h"

namespace agreement_ocr {
namespace {

bool is_lone_dash(const std::string& text) { return text == "-" || text == "–" || text == "—"; }

bool is_number(const std::string& text) {
  return text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return (values[(n - 1) / 2] + values[n / 2]) / 2;
}

// A word of four letters or more (UTF-8: lead bytes counted), for the scale of a line
// without numbers.
std::size_t letter_count(const std::string& text) {
  std::size_t letters = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte of the letter before
    if (byte < 0x80 && !std::isalpha(byte)) return 0;
    ++letters;
  }
  return letters >= 4 ? letters : 0;
}

}  // namespace

std::optional<DigitSize> letter_size(const std::vector<OcrWord>& words) {
  std::vector<double> widths, heights;
  for (const OcrWord& word : words) {
    const std::size_t letters = letter_count(word.text);
    if (letters == 0 || word.box.width <= 0 || word.box.height <= 0) continue;
    widths.push_back(static_cast<double>(word.box.width) / static_cast<double>(letters));
    heights.push_back(word.box.height);
  }
  if (widths.empty()) return std::nullopt;
  return DigitSize{median(widths), median(heights)};
}

std::string dash_between_words(int width, const DigitSize& letter) {
  return width / letter.width + width / letter.height >= 1.07 ? "–" : "-";
}

std::optional<DigitSize> digit_size(const std::vector<OcrWord>& words) {
  std::vector<double> widths, heights;
  for (const OcrWord& word : words) {
    if (!is_number(word.text) || word.box.width <= 0 || word.box.height <= 0) continue;
    widths.push_back(static_cast<double>(word.box.width) / static_cast<double>(word.text.size()));
    heights.push_back(word.box.height);
  }
  if (widths.empty()) return std::nullopt;
  return DigitSize{median(widths), median(heights)};
}

std::string dash_of_width(int width, const DigitSize& digit) {
  if (width > 1.5 * digit.width) return "—";
  return width / digit.width + width / digit.height >= 1.11 ? "–" : "-";
}

void restore_printed_dashes(OcrPage& page) {
  correct_words(page, [](const OcrLine& line, std::size_t k) -> std::optional<std::string> {
    const OcrWord& word = line.words[k];
    if (!is_lone_dash(word.text) || word.box.width <= 0) return std::nullopt;
    if (const std::optional<DigitSize> digit = digit_size(line.words)) return dash_of_width(word.box.width, *digit);
    // By the letters only a dash between two words ("Schule – Beruf"), never a bullet or a
    // dash ending the line, and never an em dash (not measured).
    if (k == 0 || k + 1 == line.words.size() || word.text == "—") return std::nullopt;
    const std::optional<DigitSize> letter = letter_size(line.words);
    if (!letter) return std::nullopt;
    return dash_between_words(word.box.width, *letter);
  });
}

}  // namespace agreement_ocr
