// Alignment: common words unique to both sides anchor the texts (patience diff), and the
// stretches between anchors are aligned by longest common subsequence. Each stretch that
// does not match is then judged: OCR noise or a change.
#include "validate/word_diff.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

#include "validate/text_similarity.h"

namespace agreement_ocr {
namespace {

// Punctuation around a word that OCR adds, drops or confuses; inner punctuation
// ("2.812.460", "z.B.") stays.
bool is_edge_punctuation(const std::string& word, std::size_t at, std::size_t& length) {
  static const char* const kMarks[] = {"„", "“", "”", "‚", "‘", "’", "«", "»", "–", "—"};
  for (const char* mark : kMarks) {
    const std::size_t n = std::char_traits<char>::length(mark);
    if (word.compare(at, n, mark) == 0) {
      length = n;
      return true;
    }
  }
  length = 1;
  return std::string_view(".,;:!?\"'()[]{}|*-_/\\").find(word[at]) != std::string_view::npos;
}

std::string key_of(const std::string& word) {
  std::size_t begin = 0, end = word.size(), length = 0;
  while (begin < end && is_edge_punctuation(word, begin, length)) begin += length;
  while (end > begin) {
    // Step back over one trailing mark (ASCII or a multi-byte quote/dash).
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(word[start]) & 0xC0) == 0x80) --start;
    if (!is_edge_punctuation(word, start, length) || start + length != end) break;
    end = start;
  }
  std::string key = word.substr(begin, end - begin);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::string digits_of(const std::string& text) {
  std::string digits;
  for (const char c : text)
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  return digits;
}

// Letters OCR confuses with each other, made one for comparing (never for digits).
std::string folded(const std::string& keys) {
  std::string out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys.compare(i, 2, "ı") == 0) {  // dotless i
      out += 'i';
      ++i;
    } else if (keys[i] == 'l' || keys[i] == '|' || keys[i] == '!') {
      out += 'i';
    } else {
      out += keys[i];
    }
  }
  return out;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

// Longest common subsequence of keys a[a0,a1) and b[b0,b1), appended to `matches`.
void lcs(const std::vector<std::string>& a, std::size_t a0, std::size_t a1, const std::vector<std::string>& b,
         std::size_t b0, std::size_t b1, Pairs& matches) {
  const std::size_t n = a1 - a0, m = b1 - b0;
  if (n == 0 || m == 0) return;
  if (n * m > 25'000'000) return;  // no anchors in a stretch this long: it is all changed
  std::vector<std::uint32_t> table((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return table[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = a[a0 + i] == b[b0 + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (a[a0 + i] == b[b0 + j]) {
      matches.emplace_back(a0 + i, b0 + j);
      ++i;
      ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
}

// Patience diff: keys occurring once on each side, in increasing order on both (the longest
// such chain), anchor the alignment; the stretches between anchors are aligned by LCS.
void align(const std::vector<std::string>& a, std::size_t a0, std::size_t a1, const std::vector<std::string>& b,
           std::size_t b0, std::size_t b1, Pairs& matches) {
  while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) matches.emplace_back(a0++, b0++);
  Pairs tail;
  while (a1 > a0 && b1 > b0 && a[a1 - 1] == b[b1 - 1]) tail.emplace_back(--a1, --b1);
  if ((a1 - a0) * (b1 - b0) <= 250'000) {
    lcs(a, a0, a1, b, b0, b1, matches);
  } else {
    std::map<std::string, std::pair<int, std::size_t>> in_a, in_b;
    for (std::size_t i = a0; i < a1; ++i) in_a[a[i]] = {in_a[a[i]].first + 1, i};
    for (std::size_t j = b0; j < b1; ++j) in_b[b[j]] = {in_b[b[j]].first + 1, j};
    Pairs unique;
    for (std::size_t i = a0; i < a1; ++i) {
      const auto found = in_b.find(a[i]);
      if (in_a[a[i]].first == 1 && found != in_b.end() && found->second.first == 1) unique.emplace_back(i, found->second.second);
    }
    // Longest chain increasing in b (patience sorting).
    std::vector<std::size_t> tops, previous(unique.size());
    for (std::size_t k = 0; k < unique.size(); ++k) {
      const auto pos = std::lower_bound(tops.begin(), tops.end(), k, [&](std::size_t top, std::size_t) {
        return unique[top].second < unique[k].second;
      });
      previous[k] = pos == tops.begin() ? SIZE_MAX : *(pos - 1);
      if (pos == tops.end()) tops.push_back(k);
      else *pos = k;
    }
    Pairs anchors;
    for (std::size_t k = tops.empty() ? SIZE_MAX : tops.back(); k != SIZE_MAX; k = previous[k]) anchors.push_back(unique[k]);
    std::reverse(anchors.begin(), anchors.end());
    if (anchors.empty()) {
      lcs(a, a0, a1, b, b0, b1, matches);
    } else {
      std::size_t i = a0, j = b0;
      for (const auto& [ai, bj] : anchors) {
        align(a, i, ai, b, j, bj, matches);
        matches.emplace_back(ai, bj);
        i = ai + 1;
        j = bj + 1;
      }
      align(a, i, a1, b, j, b1, matches);
    }
  }
  matches.insert(matches.end(), tail.rbegin(), tail.rend());
}

// OCR reads the section sign as 5, 8, 6, 9, S or $, often fused with the number after it
// ("§ 2" as "52"). The reference's words are tried with each reading.
bool is_noise(const std::string& expected_keys, const std::string& found_keys) {
  // A section heading ("§ 4") OCR misread or lost: its number carries no terms of the
  // agreement, and the sections' content is compared word by word.
  if (expected_keys.rfind("§", 0) == 0 && expected_keys.size() <= std::string("§").size() + 2 &&
      std::all_of(expected_keys.begin() + static_cast<std::ptrdiff_t>(std::string("§").size()), expected_keys.end(),
                  [](unsigned char c) { return std::isdigit(c) != 0; }) && found_keys.size() <= 4)
    return true;
  static const char* const kParagraphReadings[] = {"§", "5", "8", "6", "9", "3", "s", "si", "sı", "$", ""};
  std::vector<std::string> candidates = {expected_keys};
  const auto sign = expected_keys.find("§");
  if (sign != std::string::npos) {
    for (const char* reading : kParagraphReadings)
      candidates.push_back(expected_keys.substr(0, sign) + reading + expected_keys.substr(sign + std::string("§").size()));
  }
  // A 1 read as l or i is a misreading too: compared with 1 folded like the letters.
  auto one_folded = [](std::string text) {
    std::replace(text.begin(), text.end(), '1', 'i');
    return folded(text);
  };
  for (const std::string& candidate : candidates) {
    const std::string expected = one_folded(candidate), found = one_folded(found_keys);
    if (digits_of(expected) != digits_of(found)) continue;
    if (similarity(expected, found) >= 0.6) return true;
  }
  return false;
}

// "II, III, VIII": list numbering OCR reads as Il, Ill, VII, or with two strokes run
// together as N ("VIN"); no content of its own.
bool only_roman_numerals(const std::string& keys, std::string_view look_alikes = "") {
  return std::all_of(keys.begin(), keys.end(), [&](char c) {
    return std::string_view("ivxlc,.").find(c) != std::string_view::npos || look_alikes.find(c) != std::string_view::npos;
  });
}

std::string joined(const std::vector<DiffWord>& words, std::size_t from, std::size_t to) {
  std::string text;
  for (std::size_t k = from; k < to; ++k) text += (text.empty() ? "" : " ") + words[k].text;
  return text;
}

std::optional<cv::Rect> box_of(const std::vector<DiffWord>& words, std::size_t from, std::size_t to) {
  std::optional<cv::Rect> box;
  for (std::size_t k = from; k < to; ++k)
    if (words[k].box) box = box ? (*box | *words[k].box) : *words[k].box;
  return box;
}

// Scan words OCR makes of graphics, specks and scribbles: not trusted as text.
bool is_junk(const DiffWord& word, const std::string& key) {
  return word.confidence < 0.5 || (key.size() <= 1 && digits_of(key).empty());
}

}  // namespace

const char* text_change_name(TextChangeKind kind) {
  switch (kind) {
    case TextChangeKind::kNumberChanged: return "number_changed";
    case TextChangeKind::kWordsChanged: return "words_changed";
    case TextChangeKind::kWordsAdded: return "words_added";
    case TextChangeKind::kWordsRemoved: return "words_removed";
    case TextChangeKind::kPageMissing: return "page_missing";
    case TextChangeKind::kPageAdded: return "page_added";
  }
  return "changed";
}

std::vector<DiffWord> words_of_text(const std::string& text, int page) {
  std::vector<DiffWord> words;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream in(line);
    for (std::string word; in >> word;) words.push_back({word, page, std::nullopt, 1.0});
  }
  return join_hyphenation(std::move(words));
}

std::vector<DiffWord> join_hyphenation(std::vector<DiffWord> words) {
  std::vector<DiffWord> out;
  for (DiffWord& word : words) {
    // "Ausbil-" then "dung": one word. "Arbeitsmarkt-" then "und" stays two (a dash before
    // "und"/"oder" is a German elision, and the next word is lower case either way).
    if (!out.empty() && out.back().text.size() > 2 && out.back().text.back() == '-' && !word.text.empty() &&
        std::islower(static_cast<unsigned char>(word.text[0])) && word.text != "und" && word.text != "oder") {
      DiffWord& previous = out.back();
      previous.text.pop_back();
      previous.text += word.text;
      if (word.box && previous.box) previous.box = *previous.box | *word.box;
      previous.confidence = std::min(previous.confidence, word.confidence);
      continue;
    }
    out.push_back(std::move(word));
  }
  return out;
}

std::vector<TextChange> compare_words(const std::vector<DiffWord>& reference, const std::vector<DiffWord>& scan) {
  std::vector<std::string> a, b;
  for (const DiffWord& word : reference) a.push_back(key_of(word.text));
  // What a returned copy adds never pairs with the reference: the stamp's "Arbeit,
  // Integration" must not take the place of the same words in the letterhead.
  for (std::size_t k = 0; k < scan.size(); ++k) {
    std::string key(1, '\x01');  // no word's key starts so
    key += scan[k].added_on_return ? std::to_string(k) : std::string();
    b.push_back(scan[k].added_on_return ? key : key_of(scan[k].text));
  }
  Pairs matches;
  align(a, 0, a.size(), b, 0, b.size(), matches);
  matches.emplace_back(a.size(), b.size());  // sentinel: the end of both

  std::vector<TextChange> changes;
  // Pages of the reference whose words all but vanish are missing pages, reported once.
  std::map<int, std::pair<int, int>> reference_pages, scan_pages;  // page -> (words, matched)
  for (const DiffWord& word : reference) ++reference_pages[word.page].first;
  for (const DiffWord& word : scan) ++scan_pages[word.page].first;
  for (std::size_t k = 0; k + 1 < matches.size(); ++k) {
    ++reference_pages[reference[matches[k].first].page].second;
    ++scan_pages[scan[matches[k].second].page].second;
  }
  auto vanished = [](const std::pair<int, int>& counts) { return counts.first >= 20 && counts.second * 5 < counts.first; };
  for (const auto& [page, counts] : reference_pages)
    if (vanished(counts)) changes.push_back({TextChangeKind::kPageMissing, page, 0, "page " + std::to_string(page), "", {}});
  for (const auto& [page, counts] : scan_pages) {
    if (!vanished(counts)) continue;
    changes.push_back({TextChangeKind::kPageAdded, 0, page, "", "page " + std::to_string(page), {}});
  }

  // Words moved, not changed (a letterhead or two side-by-side blocks read in another
  // order): a word missing in one place and found in another on the same page cancels out.
  std::vector<bool> moved_a(a.size(), false), moved_b(b.size(), false);
  {
    std::map<std::pair<int, std::string>, std::vector<std::size_t>> unmatched_b;
    std::size_t pi = 0, pj = 0;
    std::vector<std::size_t> unmatched_a;
    for (const auto& [mi, mj] : matches) {
      for (std::size_t r = pi; r < mi; ++r) unmatched_a.push_back(r);
      for (std::size_t s = pj; s < mj; ++s) unmatched_b[{scan[s].page, b[s]}].push_back(s);
      pi = mi + 1;
      pj = mj + 1;
    }
    for (const std::size_t r : unmatched_a) {
      // The same page, counted in the scan's pages: pages may be missing, so any scan page
      // whose text matched this reference page's neighbourhood is fair; keep it simple and
      // accept the moved word on any page within one of it.
      for (int page = reference[r].page - 1; page <= reference[r].page + 1 && !moved_a[r]; ++page) {
        auto found = unmatched_b.find({page, a[r]});
        if (found == unmatched_b.end() || found->second.empty() || a[r].size() < 2) continue;
        moved_a[r] = true;
        moved_b[found->second.back()] = true;
        found->second.pop_back();
      }
    }
  }

  std::size_t i = 0, j = 0;
  for (const auto& [mi, mj] : matches) {
    if (mi > i || mj > j) {
      // Reference words i..mi were not found; scan words j..mj are in their place.
      std::vector<std::size_t> removed, added;
      std::string expected_keys, found_keys, all_found_keys;  // all: with the low-confidence words
      std::size_t returned = 0;
      for (std::size_t r = i; r < mi; ++r) {
        if (vanished(reference_pages[reference[r].page]) || moved_a[r]) continue;
        removed.push_back(r);
        expected_keys += a[r];
      }
      for (std::size_t s = j; s < mj; ++s) {
        if (vanished(scan_pages[scan[s].page]) || moved_b[s]) continue;
        if (scan[s].added_on_return) {
          ++returned;
          continue;
        }
        all_found_keys += b[s];
        if (is_junk(scan[s], b[s])) continue;
        added.push_back(s);
        found_keys += b[s];
      }
      const std::string expected_digits = digits_of(expected_keys), found_digits = digits_of(found_keys);
      std::optional<TextChangeKind> kind;
      if (!removed.empty() || !added.empty()) {
        if (is_noise(expected_keys, all_found_keys) || is_noise(expected_keys, found_keys) ||
            (only_roman_numerals(expected_keys) && only_roman_numerals(found_keys, expected_keys.empty() ? "" : "n|!"))) {
          kind = std::nullopt;  // misread letters, words split or joined
        } else if (added.empty() && returned > 0 && removed.size() <= std::max<std::size_t>(3, returned) &&
                   expected_digits.empty()) {
          kind = std::nullopt;  // printed words under a stamp or signature, read as part of it
        } else if (added.empty() && expected_digits == std::to_string(reference[removed.front()].page) &&
                   std::all_of(expected_keys.begin(), expected_keys.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80); })) {
          kind = std::nullopt;  // a page number ("- 4 -") in the margin OCR did not read
        } else if (expected_digits != found_digits && !expected_digits.empty() && !found_digits.empty()) {
          kind = TextChangeKind::kNumberChanged;
        } else if (added.empty()) {
          if (removed.size() >= 2 || !expected_digits.empty()) kind = TextChangeKind::kWordsRemoved;
        } else if (removed.empty()) {
          if (added.size() >= 2 || !found_digits.empty()) kind = TextChangeKind::kWordsAdded;
        } else if (std::max(removed.size(), added.size()) >= 2 || expected_digits != found_digits) {
          kind = TextChangeKind::kWordsChanged;
        }
      }
      if (kind) {
        TextChange change{*kind, 0, 0, "", "", {}};
        if (!removed.empty()) {
          change.reference_page = reference[removed.front()].page;
          change.expected = joined(reference, removed.front(), removed.back() + 1);
        }
        if (!added.empty()) {
          change.scan_page = scan[added.front()].page;
          change.found = joined(scan, added.front(), added.back() + 1);
          change.box = box_of(scan, added.front(), added.back() + 1);
        } else if (mj < scan.size() || j > 0) {
          // Where the missing words would be: beside the next (or last) matched scan word.
          const std::size_t near = mj < scan.size() ? mj : j - 1;
          change.scan_page = scan[near].page;
          change.box = scan[near].box;
        }
        changes.push_back(change);
      }
    }
    i = mi + 1;
    j = mj + 1;
  }
  return changes;
}

}  // namespace agreement_ocr
