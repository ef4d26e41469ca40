// Party and organisation names in the nominative: agreements name their parties in the
// dative or genitive ("dem Hessischen Ministerium", "der Landeshauptstadt Wiesbaden"), the
// contract wants "Hessisches Ministerium", "Landeshauptstadt Wiesbaden".
#pragma once

#include <string>
#include <vector>

#include "extract/rules.h"

namespace agreement_ocr {

// Drops a leading article and gives adjectives before the head noun the nominative ending
// of the noun's gender (from the rules' noun list; a compound like "Wetteraukreis" takes
// the gender of its last known part).
std::string nominative_name(const std::string& declined, const Rules& rules);

// The name without the sentence's punctuation after it ("Stadt Hagen.", "Hochtaunuskreis,"):
// a trailing comma, semicolon or full stop; a full stop stays after an abbreviation with
// stops of its own ("Verein e.V.").
std::string without_closing_punctuation(std::string name);

// Appends the next line of a wrapped text: a hyphen ending `text` before a lower-case start
// is a line break inside a word ("Ausbildungs-" + "und" stays, "Maßnah-" + "men" joins).
void append_wrapped(std::string& text, const std::string& continuation);

// The words of `text`, split at whitespace.
std::vector<std::string> split_words(const std::string& text);

// Collapses runs of whitespace and trims; removes a space before , . ; :
std::string tidy_spaces(const std::string& text);

// Roman numerals as OCR reads them with l or ! for I ("SGB Il", "Ill", "VII!"): a word of
// nothing but I, V, X, l and !, with at least one capital among them, is such a numeral and
// gets its I back; a word with any other letter is left as read.
std::string with_roman_numerals_restored(const std::string& text);

// tidy_spaces, roman numerals restored, then the rules' value replacements (OCR's em dash
// between words -> en dash).
std::string tidy_value(const std::string& text, const Rules& rules);

}  // namespace agreement_ocr
