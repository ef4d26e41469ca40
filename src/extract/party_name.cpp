// Nominative party names.
#include "extract/party_name.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

namespace agreement_ocr {
std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream stream(text);
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

namespace {

std::string join_words(const std::vector<std::string>& words, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// The gender of `word` when it is, or ends in, a known noun ("Wetteraukreis" -> Kreis).
char gender_of(const std::string& word, const Rules& rules) {
  std::string bare = word;
  while (!bare.empty() && std::ispunct(static_cast<unsigned char>(bare.back()))) bare.pop_back();
  if (auto it = rules.noun_genders.find(bare); it != rules.noun_genders.end()) return it->second;
  for (const auto& [noun, gender] : rules.noun_genders) {
    std::string lower_noun = noun;
    lower_noun[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower_noun[0])));
    if (bare.size() > noun.size() && (bare.ends_with(lower_noun) || bare.ends_with("-" + noun))) return gender;
  }
  return 0;
}

bool is_capitalised(const std::string& word) {
  const auto first = static_cast<unsigned char>(word[0]);
  return std::isupper(first) || first == 0xC3;  // 0xC3: a UTF-8 umlaut capital (Ä, Ö, Ü) or other Latin-1
}

}  // namespace

std::string without_closing_punctuation(std::string name) {
  while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ';')) {
    if (name.back() == '.') {
      const std::size_t word = name.find_last_of(' ') == std::string::npos ? 0 : name.find_last_of(' ') + 1;
      if (name.find('.', word) < name.size() - 1) break;  // "e.V."
    }
    name.pop_back();
  }
  return name;
}

void append_wrapped(std::string& text, const std::string& continuation) {
  const bool hyphenated = !text.empty() && text.back() == '-' && !continuation.empty() &&
                          std::islower(static_cast<unsigned char>(continuation[0]));
  if (hyphenated) {
    text.pop_back();
    text += continuation;
  } else {
    text += " " + continuation;
  }
}

std::string tidy_spaces(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (out.empty() || out.back() == ' ')) continue;
    if ((c == ',' || c == '.' || c == ';' || c == ':') && !out.empty() && out.back() == ' ') out.pop_back();
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string with_roman_numerals_restored(const std::string& reference) {
  static const RE2 look_alike(R"(([IVXl!]*[IVX][IVXl!]*)[,.;:)]*)");
  std::istringstream words(reference);
  std::string word, restored;
  std::size_t at = 0;
  while (words >> word) {
    const std::size_t begin = reference.find(word, at);
    restored += reference.substr(at, begin - at);
    if (word.find_first_of("l!") != std::string::npos && RE2::FullMatch(word, look_alike)) {
      for (char& c : word)
        if (c == 'l' || c == '!') c = 'I';
    }
    restored += word;
    at = begin + word.size();
  }
  return restored + reference.substr(at);
}

std::string tidy_value(const std::string& text, const Rules& rules) {
  std::string value = with_roman_numerals_restored(tidy_spaces(text));
  for (const auto& [from, to] : rules.value_replacements) {
    for (auto at = value.find(from); at != std::string::npos; at = value.find(from, at + to.size())) {
      value.replace(at, from.size(), to);
    }
  }
  return value;
}

std::string nominative_name(const std::string& declined, const Rules& rules) {
  std::string cleaned = tidy_spaces(declined);
  // OCR puts specks before a line as quotes and commas ("‚des Landkreises"): drop them.
  static const RE2 kLeadingSpecks(R"(^(?:[^\p{L}\p{N}]+\s*)+)");
  RE2::Replace(&cleaned, kLeadingSpecks, "");
  std::vector<std::string> words = split_words(cleaned);
  std::size_t start = 0;
  if (!words.empty() && std::find(rules.articles.begin(), rules.articles.end(), words[0]) != rules.articles.end()) {
    start = 1;
  }
  std::size_t head = words.size();
  char gender = 0;
  for (std::size_t i = start; i < words.size(); ++i) {
    if ((gender = gender_of(words[i], rules)) != 0) {
      head = i;
      break;
    }
    // A genitive head noun: "des Landkreises", "des Ministeriums" -> Landkreis, Ministerium.
    for (const char* ending : {"es", "s"}) {
      if (!words[i].ends_with(ending)) continue;
      const std::string stem = words[i].substr(0, words[i].size() - std::string(ending).size());
      if ((gender = gender_of(stem, rules)) != 0 && gender != 'f') {
        words[i] = stem;
        head = i;
        break;
      }
      gender = 0;
    }
    if (gender != 0) break;
  }
  // Words before the head noun are adjectives ("Hessischen", "Hessische"): swap the ending.
  static const char* const kEndings[] = {"en", "em", "er", "es", "e"};
  for (std::size_t i = start; i < head && gender != 0; ++i) {
    std::string& word = words[i];
    if (!is_capitalised(word) || word.size() < 4) continue;
    for (const std::string ending : kEndings) {
      if (!word.ends_with(ending)) continue;
      word.resize(word.size() - ending.size());
      word += gender == 'n' ? "es" : gender == 'm' ? "er" : "e";
      break;
    }
  }
  return join_words(words, start);
}

}  // namespace agreement_ocr
