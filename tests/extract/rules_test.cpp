// Tests of loading the rules file: the shipped rules load and compile, a broken pattern is
// refused naming its key, and a missing file is a missing resource.
#include "extract/rules.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace agreement_ocr {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream stream(path);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

// Writes `text` to a fresh file under the test's temporary directory and returns its path.
std::string write_temp_file(const std::string& name, const std::string& text) {
  const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / name;
  std::ofstream stream(path);
  stream << text;
  return path.string();
}

// The shipped rules with the first occurrence of `from` replaced by `to`.
std::string default_rules_with(const std::string& from, const std::string& to) {
  std::string text = read_text(default_rules_path());
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "the shipped rules no longer contain " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(Rules, DefaultRulesLoadAndCompile) {
  const auto rules = load_rules(default_rules_path());
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const Rules& loaded = *rules.value();
  EXPECT_FALSE(loaded.version.empty());
  for (const RE2* pattern :
       {loaded.title.get(), loaded.reference.get(), loaded.received_stamp_label.get(), loaded.stamp_other_labels.get(),
        loaded.party_intro.get(), loaded.party_separator.get(), loaded.party_end.get(), loaded.party_sentence.get(),
        loaded.party_label.get(), loaded.party_sentence_end.get(), loaded.short_name.get(),
        loaded.section_heading.get(), loaded.project_intro.get(), loaded.project_category.get(),
        loaded.project_bullet.get(), loaded.project_end.get(), loaded.place_date.get()}) {
    ASSERT_NE(pattern, nullptr);
    EXPECT_TRUE(pattern->ok()) << pattern->pattern() << ": " << pattern->error();
  }
  EXPECT_FALSE(loaded.months.names.empty());
  EXPECT_FALSE(loaded.amounts.currency_words.empty());
  EXPECT_FALSE(loaded.total_markers.empty());
  EXPECT_FALSE(loaded.articles.empty());
  EXPECT_EQ(loaded.noun_genders.at("Ministerium"), 'n');
  EXPECT_EQ(loaded.noun_genders.at("Landkreis"), 'm');
  EXPECT_EQ(loaded.noun_genders.at("Landeshauptstadt"), 'f');
}

TEST(Rules, TitlesAndRolesAreLongestFirst) {
  const auto rules = load_rules(default_rules_path());
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const Rules& loaded = *rules.value();
  ASSERT_FALSE(loaded.titles.empty());
  ASSERT_FALSE(loaded.roles.empty());
  EXPECT_EQ(loaded.titles.front(), "Prof. Dr.");
  for (std::size_t i = 1; i < loaded.titles.size(); ++i) EXPECT_GE(loaded.titles[i - 1].size(), loaded.titles[i].size());
  for (std::size_t i = 1; i < loaded.roles.size(); ++i) EXPECT_GE(loaded.roles[i - 1].size(), loaded.roles[i].size());
}

TEST(Rules, BrokenPatternFailsWithUsageNamingTheKey) {
  const std::string path = write_temp_file(
      "broken_pattern.rules.json", default_rules_with("\"section_heading\": \"", "\"section_heading\": \"(?P<"));
  const auto rules = load_rules(path);
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), ErrorCode::kUsage);
  EXPECT_NE(rules.status().message().find("section_heading"), std::string::npos) << rules.status().message();
}

TEST(Rules, MissingKeyFailsWithUsageNamingTheKey) {
  const std::string path = write_temp_file("missing_key.rules.json",
                                            default_rules_with("\"place_date\":", "\"place_date_renamed\":"));
  const auto rules = load_rules(path);
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), ErrorCode::kUsage);
  EXPECT_NE(rules.status().message().find("'place_date'"), std::string::npos) << rules.status().message();
}

TEST(Rules, InvalidJsonFailsWithUsage) {
  const std::string path = write_temp_file("invalid.rules.json", "{ \"version\": ");
  const auto rules = load_rules(path);
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), ErrorCode::kUsage);
}

TEST(Rules, MissingFileFailsWithMissingResource) {
  const std::string path = (std::filesystem::path(::testing::TempDir()) / "no_such_dir" / "none.rules.json").string();
  const auto rules = load_rules(path);
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), ErrorCode::kMissingResource);
  EXPECT_NE(rules.status().message().find(path), std::string::npos) << rules.status().message();
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(RulesValues, AMonthKeyThatIsNoNumberIsAUsageError) {
  const std::string path = write_temp_file("month.rules.json", default_rules_with("\"1\": [", "\"Jan\": ["));
  const auto rules = load_rules(path);
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), ErrorCode::kUsage);
  EXPECT_NE(rules.status().message().find("Jan"), std::string::npos) << rules.status().message();
}

TEST(RulesValues, AValueOfTheWrongKindIsAUsageError) {
  const std::string path =
      write_temp_file("kind.rules.json", default_rules_with("\"Mio.\": 1000000", "\"Mio.\": \"eine Million\""));
  const auto rules = load_rules(path);
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), ErrorCode::kUsage);
}

}  // namespace
}  // namespace agreement_ocr
