#include "ocr/word_corrections.h"

#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {

void correct_words(OcrPage& page, const WordCorrection& correct) {
  bool changed = false;
  for (OcrLine& line : page.lines) {
    if (!has_own_word_boxes(line)) continue;
    bool line_changed = false;
    for (std::size_t k = 0; k < line.words.size(); ++k) {
      std::optional<std::string> text = correct(line, k);
      if (!text || *text == line.words[k].text) continue;
      line.words[k].text = std::move(*text);
      line_changed = true;
    }
    if (!line_changed) continue;
    line.text = text_of_words(line.words);
    changed = true;
  }
  if (changed) page.text = text_of_lines(page.lines);
}

}  // namespace agreement_ocr
