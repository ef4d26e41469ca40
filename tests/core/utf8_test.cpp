#include "core/utf8.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

TEST(CodePointsOf, DecodesOneToFourByteCharacters) {
  EXPECT_EQ(code_points_of("Maß – 2.812.460 €"),
            (std::u32string{U'M', U'a', U'ß', U' ', U'–', U' ', U'2', U'.', U'8', U'1', U'2', U'.', U'4', U'6', U'0',
                            U' ', U'€'}));
  EXPECT_EQ(code_points_of("\xF0\x9D\x84\x9E"), std::u32string{U'\U0001D11E'});
  EXPECT_EQ(code_points_of(""), std::u32string{});
}

TEST(CodePointsOf, ReplacesEachByteThatBeginsNoWholeCharacter) {
  const char32_t bad = kReplacementCharacter;
  // A continuation byte on its own; "ü" cut after its first byte, at the end and before "n".
  EXPECT_EQ(code_points_of("a\x80z"), (std::u32string{U'a', bad, U'z'}));
  EXPECT_EQ(code_points_of("Gr\xC3"), (std::u32string{U'G', U'r', bad}));
  EXPECT_EQ(code_points_of("Gr\xC3n"), (std::u32string{U'G', U'r', bad, U'n'}));
  // Leads that begin no character: C0/C1 (overlong ASCII) and F5 (past Unicode).
  EXPECT_EQ(code_points_of("\xC1\x81"), (std::u32string{bad, bad}));
  EXPECT_EQ(code_points_of("\xF5\x80\x80\x80"), (std::u32string(4, bad)));
  // "€" cut after two of its three bytes, then a digit.
  EXPECT_EQ(code_points_of("\xE2\x82" "5"), (std::u32string{bad, bad, U'5'}));
}

TEST(IsValidUtf8, AcceptsWholeCharactersOnly) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("Gie\xc3\x9f" "en \xe2\x82\xac"));  // Gießen €
  EXPECT_FALSE(is_valid_utf8("Gie\xdf" "en"));                    // Latin-1 ß
  EXPECT_FALSE(is_valid_utf8("\xe2\x82"));                         // cut inside a character
}

TEST(Printable, EscapesControlCharactersAndBrokenBytesKeepsTheRest) {
  EXPECT_EQ(printable("Gie\xc3\x9f" "en.pdf"), "Gie\xc3\x9f" "en.pdf");
  EXPECT_EQ(printable("a\nb\rc\td"), "a\\nb\\rc\\td");
  EXPECT_EQ(printable(std::string("a\x01") + '\0' + "b"), "a\\x01\\x00b");
  EXPECT_EQ(printable("Gie\xdf" "en"), "Gie\\xDF" "en");
  EXPECT_EQ(printable("\xc2\x85"), "\\xC2\\x85");  // U+0085, a C1 control: byte by byte
  EXPECT_EQ(printable("\x7f"), "\\x7F");
}

}  // namespace
}  // namespace agreement_ocr
