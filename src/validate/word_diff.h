// Word-level comparison of a scan's OCR text with the text that was sent out, tolerant of
// OCR noise and strict about real changes. Line breaks and hyphenation do not count; a word
// misread by a few letters, or two words read as one, is noise; a changed number, words
// added or removed, or a whole page gone is a change.
#pragma once

#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace agreement_ocr {

struct DiffWord {
  std::string text;
  int page = 0;                  // 1-based, in its own document
  std::optional<cv::Rect> box;   // on the upright scan page; none for reference words
  double confidence = 1.0;       // OCR word confidence; 1 for reference words
  // What a returned copy adds on purpose (stamp, signature, handwritten date): matched when
  // the reference has it too, never a change when it has not.
  bool added_on_return = false;
};

enum class TextChangeKind { kNumberChanged, kWordsChanged, kWordsAdded, kWordsRemoved, kPageMissing, kPageAdded };

struct TextChange {
  TextChangeKind kind;
  int reference_page = 0;  // where the reference text is (0: none)
  int scan_page = 0;       // where on the scan (0: none, e.g. a missing page)
  std::string expected;    // reference words
  std::string found;       // scan words
  std::optional<cv::Rect> box;  // the scan words' box, or the place next to which words are missing
};

const char* text_change_name(TextChangeKind kind);

// Splits text into words, joining words hyphenated across line ends ("Ausbil-\ndung").
std::vector<DiffWord> words_of_text(const std::string& text, int page);

// Joins end-of-line hyphenation in a sequence of scan words (in reading order).
std::vector<DiffWord> join_hyphenation(std::vector<DiffWord> words);

// The changes from `reference` to `scan`, in reading order.
std::vector<TextChange> compare_words(const std::vector<DiffWord>& reference, const std::vector<DiffWord>& scan);

}  // namespace agreement_ocr
