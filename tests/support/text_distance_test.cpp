#include "support/text_distance.h"

#include <gtest/gtest.h>

namespace agreement_ocr::testing {
namespace {

TEST(CharacterErrorRate, CountsEditsPerTruthCharacterIgnoringLayout) {
  EXPECT_EQ(character_error_rate("Ziel  vereinbarung\n2025", "Ziel vereinbarung 2025"), 0.0);
  EXPECT_DOUBLE_EQ(character_error_rate("Stadteinväter", "Stadtteilväter"), 2.0 / 14.0);
  EXPECT_DOUBLE_EQ(character_error_rate("", "abcd"), 1.0);
  EXPECT_DOUBLE_EQ(character_error_rate("Maßnahme", "Massnahme"), 2.0 / 9.0);
}

}  // namespace
}  // namespace agreement_ocr::testing
