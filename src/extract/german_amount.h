// Finding euro amounts in German OCR text ("2.812.460 Euro", "EUR 2.104.950,50", "1,2 Mio. Euro"),
// refusing numbers whose separators could be read two ways instead of guessing.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace agreement_ocr {

// The words around an amount; comes from the rules file (models/).
struct AmountVocabulary {
  // "Euro", "EUR", "€": matched as written and in capitals ("EURO").
  std::vector<std::string> currency_words;
  // "Mio." 1e6, "Tsd." 1e3...; a scale containing a currency word ("T€", "TEUR") needs no
  // currency after it.
  std::vector<std::pair<std::string, double>> scales;
};

struct AmountMatch {
  // In euros.
  double value = 0;
  std::string currency = "EUR";
  // Byte offsets of the whole amount including currency and scale.
  std::size_t begin = 0, end = 0;
  // As read, e.g. "2.812.460 Euro".
  std::string text;
  // True when the number could be read two ways and was refused: value is 0, `problem` says why.
  bool ambiguous = false;
  std::string problem;
};

// Finds amounts with patterns compiled once from the vocabulary; keep one per rules file.
//
// Only numbers with a currency word before or after them (or a scale that implies one) are
// amounts. German separators: "." groups thousands (exactly three digits after each, OCR may
// put a space after it), "," starts the cents; "1.650.000,- Euro" has none. Refused as
// ambiguous: bad grouping ("2.812.46"), English-style separators ("2,812,460", "1.5 Mio.",
// "2,812 Euro") and digit groups split by spaces ("2 812 460"). Inside the number OCR
// look-alikes are read as digits: O as 0, l and I as 1, S as 5.
class GermanAmountFinder {
 public:
  explicit GermanAmountFinder(const AmountVocabulary& vocabulary);
  ~GermanAmountFinder();
  GermanAmountFinder(GermanAmountFinder&&) noexcept;
  GermanAmountFinder& operator=(GermanAmountFinder&&) noexcept;

  // All amounts in `text`, left to right, not overlapping, the refused ones included. A
  // currency word between two numbers is disputed (both refused) unless `line_break`, the
  // offset where a joined next line begins, lies between the word and the number after it.
  std::vector<AmountMatch> find(std::string_view text, std::size_t line_break = std::string_view::npos) const;

 private:
  std::unique_ptr<re2::RE2> pattern_;
  std::vector<std::pair<std::string, double>> scales_;
};

// All amounts in `text`, left to right. Compiles the patterns on every call: for many texts
// keep a GermanAmountFinder instead.
std::vector<AmountMatch> find_german_amounts(std::string_view text, const AmountVocabulary& vocabulary);

}  // namespace agreement_ocr
