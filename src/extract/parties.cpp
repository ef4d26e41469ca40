// Parties. Either a block: the line "zwischen" alone, then the first party, a line opening
// with "und" or an article the next; it ends at the purpose line ("zur Umsetzung ...") or a
// paragraph break after the last party. Or one sentence: "Vereinbarung zwischen dem A
// (nachstehend „Land“ genannt) und dem B (nachstehend ...) zur Umsetzung ...".
#include "extract/parties.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "extract/evidence.h"
#include "extract/party_name.h"
#include "extract/sections.h"

namespace agreement_ocr {
namespace {

// The capitalised words of a name that identify it (not "für", "und").
std::vector<std::string> significant_words(const std::string& name) {
  std::vector<std::string> words;
  for (std::string word : split_words(name)) {
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();
    if (word.size() >= 4 && std::isupper(static_cast<unsigned char>(word[0]))) words.push_back(word);
  }
  return words;
}

// The acronym in brackets that most often follows most of the party's name in the text
// (counting every occurrence outvotes one OCR misreading of it).
std::optional<std::string> short_name_of(const std::string& name, const std::string& whole_text, const Rules& rules) {
  const auto words = significant_words(name);
  if (words.size() < 2) return std::nullopt;
  re2::StringPiece input(whole_text);
  std::string acronym;
  std::map<std::string, int> votes;
  std::optional<std::string> best;
  while (RE2::FindAndConsume(&input, *rules.short_name, &acronym)) {
    const std::size_t end = static_cast<std::size_t>(input.data() - whole_text.data());
    // The name stands right before its acronym: look back little more than its own length.
    const std::size_t window = name.size() * 13 / 10 + acronym.size() + 4;
    const std::size_t from = end > window ? end - window : 0;
    const std::string before = whole_text.substr(from, end - from);
    const auto found = std::count_if(words.begin(), words.end(), [&](const std::string& word) {
      // Declension changes the ending: compare without the last two letters.
      return before.find(word.substr(0, word.size() - 2)) != std::string::npos;
    });
    if (found * 4 < static_cast<long>(words.size()) * 3) continue;
    if (++votes[acronym] > (best ? votes[*best] : 0)) best = acronym;
  }
  return best;
}

// Whether a line opens with an article ("dem Kreis Offenbach", "‚dem ..." with OCR's specks),
// or is one ("dem" left of a party whose name a stamp covers).
bool starts_with_article(const std::string& text, const Rules& rules) {
  static const RE2 kWord(R"(^[^\p{L}]*(\p{L}+)(?:\s|$))");
  std::string word;
  if (!RE2::PartialMatch(text, kWord, &word)) return false;
  return std::find(rules.articles.begin(), rules.articles.end(), word) != rules.articles.end();
}

// Whether line `line` may have lost words to a stamp put over it: page OCR had words of it
// inside the frame (cut_by_stamp), or the frame covers the line's end, or begins right after
// it, over at least half the line's height, where unread words would stand. A frame that only
// grazes the line, or stands clear of its end, leaves the line whole. Measured on the dev
// parts: whole lines ended 0.6 line heights before a frame ("der Stadt Koblenz", "dem
// Werra-Meißner-Kreis") and under a frame corner over 16 of 44 rows; a cut one ("Agentur für
// Arbeit Eschw", its "ege" under the frame) 0.16 heights before it.
bool runs_under_a_stamp(const DocumentText& lines, const TextLine& line) {
  constexpr double kMaxGapHeights = 0.3;
  if (line.cut_by_stamp) return true;
  if (!line.box) return false;
  const int right = line.box->x + line.box->width;
  return std::any_of(lines.begin(), lines.end(), [&](const TextLine& stamp) {
    if (!stamp.in_stamp_frame || !stamp.box || stamp.page != line.page) return false;
    const int rows = std::min(line.box->y + line.box->height, stamp.box->y + stamp.box->height) -
                     std::max(line.box->y, stamp.box->y);
    return 2 * rows >= line.box->height && stamp.box->x < right + kMaxGapHeights * line.box->height &&
           stamp.box->x + stamp.box->width > right;
  });
}

// The one organisation of `organizations` whose name begins with all of `cut` (a name a stamp
// may have cut), its last word possibly cut short: "Hessisches Ministerium für Soziales und
// Inte" is completed by a signature block's "Hessisches Ministerium für Soziales und
// Integration". None when no organisation or more than one fits, or when the reading does
// not show it was cut.
std::optional<std::string> completed_by(const std::string& cut, const std::vector<std::string>& organizations) {
  const std::vector<std::string> read = split_words(cut);
  if (read.empty()) return std::nullopt;
  std::optional<std::string> found;
  for (const std::string& organization : organizations) {
    const std::vector<std::string> whole = split_words(organization);
    // One word is a start of too many names ("Kreis", "Stadt"): it must be the whole name.
    if (read.size() == 1 ? read != whole
                         : whole.size() < read.size() || !std::equal(read.begin(), read.end() - 1, whole.begin()) ||
                               !whole[read.size() - 1].starts_with(read.back())) {
      continue;
    }
    // Shorter than the organisation's name, the reading must show that it was cut: its last
    // word cut short ("Inte") or one no name ends with ("und", "für"). Ending on a whole
    // capitalised word ("... Verkehr, Wohnen"), the stamp may have hidden nothing, and the
    // organisation may name a larger body than the party.
    const std::string& last = read.back();
    const bool shows_a_cut = last != whole[read.size() - 1] || std::islower(static_cast<unsigned char>(last[0]));
    if (read.size() < whole.size() && !shows_a_cut) continue;
    if (found && *found != organization) return std::nullopt;
    found = organization;
  }
  return found;
}

// A party from its declined name as the text gives it, read from lines [first, last]; none
// for specks. A name a stamp may have cut is completed by a signature block's organisation
// or left out with a warning.
std::optional<Party> party_of(std::string text, const DocumentText& lines, std::size_t first, std::size_t last,
                              const std::string& rule, const Rules& rules, const std::vector<std::string>& organizations,
                              std::vector<std::string>& warnings) {
  if (tidy_spaces(text).empty()) return std::nullopt;
  Party party;
  // An acronym right on the party's line ("... Soziales (HMSI)") is its short name, not its name.
  std::string acronym;
  if (RE2::PartialMatch(text, *rules.short_name, &acronym)) {
    RE2::Replace(&text, *rules.short_name, "");
    party.short_name = acronym;
  }
  party.name = without_closing_punctuation(nominative_name(text, rules));
  // Precision first: what holds no capitalised word of four letters or more ("A f m", OCR's
  // reading of a logo) is no party's name.
  if (significant_words(party.name).empty()) return std::nullopt;
  for (std::size_t k = first; k <= last && k < lines.size(); ++k) {
    if (lines[k].in_stamp_frame || !runs_under_a_stamp(lines, lines[k])) continue;
    if (const auto whole = completed_by(party.name, organizations)) {
      // Two places of the document agree on the name: confident, though less than a whole line.
      party.name = *whole;
      party.evidence = evidence_of(lines, first, last, rule, 0.8);
      return party;
    }
    warnings.push_back("page " + std::to_string(lines[k].page) + ": party \"" + party.name +
                       "\" runs under a received stamp, its name may be cut, and no signature block names it whole; not extracted");
    return std::nullopt;
  }
  party.evidence = evidence_of(lines, first, last, rule, 0.9);
  return party;
}

bool starts_with_label(const std::string& text, const Rules& rules) {
  return !text.empty() && text[0] == '(' && rules.party_label->Match(text, 0, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

// Where the parties' sentence ("zwischen dem A (nachstehend ...), dem B und dem C wird zur
// Umsetzung ...") splits into parties: at each label, and before ", <article>" or
// " und <article>" (a name's own "und" is followed by no article: "für Soziales und Integration").
// It ends where party_sentence_end first matches after the last label; with no end found, at
// the last label (a party after it may be cut short), and with neither, nothing is sure.
std::vector<std::pair<std::size_t, std::size_t>> party_spans(const std::string& sentence, const Rules& rules) {
  std::vector<std::pair<std::size_t, std::size_t>> labels;  // begin, end
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    re2::StringPiece rest(sentence.data() + i, sentence.size() - i), label;
    if (sentence[i] == '(' && rules.party_label->Match(rest, 0, rest.size(), RE2::ANCHOR_START, &label, 1)) {
      labels.emplace_back(i, i + label.size());
      i += label.size() - 1;
    }
  }
  const std::size_t after_labels = labels.empty() ? 0 : labels.back().second;
  re2::StringPiece tail(sentence.data() + after_labels, sentence.size() - after_labels), end;
  std::size_t stop = 0;
  if (rules.party_sentence_end->Match(tail, 0, tail.size(), RE2::UNANCHORED, &end, 1)) {
    stop = static_cast<std::size_t>(end.data() - sentence.data());
  } else if (!labels.empty()) {
    stop = labels.back().first;
  } else {
    return {};
  }

  std::string alternatives;
  for (const auto& article : rules.articles) alternatives += (alternatives.empty() ? "" : "|") + article;
  const RE2 separator("(?:,\\s*|\\s+und\\s+)(?:" + alternatives + ")\\s");
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t begin = 0;
  auto close = [&](std::size_t at) {
    if (at > begin) spans.emplace_back(begin, at);
  };
  auto label = labels.begin();
  for (std::size_t i = 0; i < stop; ++i) {
    if (label != labels.end() && i == label->first) {
      close(i);
      begin = label->second;
      i = begin - 1;
      ++label;
      continue;
    }
    re2::StringPiece rest(sentence.data() + i, stop - i);
    if ((sentence[i] == ',' || sentence[i] == ' ') && separator.Match(rest, 0, rest.size(), RE2::ANCHOR_START, nullptr, 0)) {
      close(i);
      begin = i;
    }
  }
  close(stop);
  return spans;
}

// The parties' sentence: from the first line before the first section heading that has
// "zwischen <article>", over the lines of its paragraph (at most kMaxSentenceLines).
std::vector<Party> parties_of_sentence(const DocumentText& lines, const Rules& rules,
                                       const std::vector<std::string>& organizations, std::vector<std::string>& warnings) {
  constexpr std::size_t kMaxSentenceLines = 8;
  const auto headings = section_headings(lines, rules);
  const std::size_t search_end = headings.empty() ? lines.size() : headings.front().first;
  for (std::size_t i = 0; i < search_end; ++i) {
    std::string rest;
    if (lines[i].in_stamp_frame || !RE2::PartialMatch(lines[i].text, *rules.party_sentence, &rest)) continue;
    std::string sentence = rest;
    std::vector<std::pair<std::size_t, std::size_t>> starts = {{0, i}};  // offset in sentence, line
    auto paragraph = lines[i].paragraph;
    for (std::size_t k = i + 1; k < lines.size() && k <= i + kMaxSentenceLines; ++k) {
      if (lines[k].in_stamp_frame) continue;
      if (lines[k].page != lines[i].page) break;
      // No paragraph begins with a party's label ("(nachstehend „Kommune“ genannt) zur
      // Umsetzung ..."): page OCR broke the sentence there, beside a stamp, and it goes on.
      if (lines[k].paragraph != paragraph) {
        if (!starts_with_label(lines[k].text, rules)) break;
        paragraph = lines[k].paragraph;
      }
      append_wrapped(sentence, lines[k].text);
      starts.emplace_back(sentence.size() - lines[k].text.size(), k);
    }
    auto line_at = [&](std::size_t offset) {
      std::size_t line = starts.front().second;
      for (const auto& [start, index] : starts)
        if (start <= offset) line = index;
      return line;
    };
    std::vector<Party> parties;
    for (const auto& [begin, end] : party_spans(sentence, rules)) {
      std::string text = sentence.substr(begin, end - begin);
      static const RE2 kJoiner(R"(^\s*(?:,|und\b)?\s*)");
      RE2::Replace(&text, kJoiner, "");
      if (!starts_with_article(text, rules)) continue;
      if (auto party = party_of(text, lines, line_at(begin), line_at(end > begin ? end - 1 : end), "zwischen-sentence",
                                rules, organizations, warnings))
        parties.push_back(*party);
    }
    return parties;
  }
  return {};
}

}  // namespace

std::vector<Party> find_parties(const DocumentText& lines, const Rules& rules, const std::vector<std::string>& organizations,
                                std::vector<std::string>& warnings) {
  std::vector<Party> parties;
  auto intro = std::find_if(lines.begin(), lines.end(),
                            [&](const TextLine& line) { return RE2::FullMatch(line.text, *rules.party_intro); });
  if (intro == lines.end()) {
    parties = parties_of_sentence(lines, rules, organizations, warnings);
  } else {
    std::string current;
    std::size_t first = 0;
    auto finish = [&](std::size_t last) {
      if (auto party = party_of(current, lines, first, last, "zwischen-und", rules, organizations, warnings)) parties.push_back(*party);
      current.clear();
    };
    std::size_t i = static_cast<std::size_t>(intro - lines.begin()) + 1;
    first = i;
    for (; i < lines.size(); ++i) {
      const std::string& text = lines[i].text;
      if (lines[i].in_stamp_frame) continue;  // a received stamp put over the parties
      if (RE2::PartialMatch(text, *rules.party_end)) break;
      std::string rest;
      if (RE2::FullMatch(text, *rules.party_separator, &rest)) {
        finish(i - 1);
        first = i;
        current = rest;
        continue;
      }
      // "zwischen A, B und C": a line opening with an article after a party is the next party
      // (the comma may be lost to OCR).
      if (!tidy_spaces(current).empty() && starts_with_article(text, rules)) {
        finish(i - 1);
        first = i;
        current = text;
        continue;
      }
      // A paragraph break after the second party ends the block.
      if (parties.size() >= 1 && !current.empty() && lines[i].paragraph != lines[i - 1].paragraph) break;
      current += " " + text;
    }
    finish(i - 1);
  }

  std::string whole_text;
  for (const auto& line : lines) whole_text += line.text + " ";
  for (auto& party : parties) {
    if (!party.short_name) party.short_name = short_name_of(party.name, whole_text, rules);
  }
  return parties;
}

}  // namespace agreement_ocr
