#include "batch/output_names.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

TEST(OutputBases, KeepTheFolderStructureWithoutExtensions) {
  const auto bases = output_bases({{"/in/2025/a.pdf", "2025/a.pdf"}, {"/in/b.png", "b.png"}}, "/out");
  EXPECT_EQ(bases, (std::vector<std::string>{"/out/2025/a", "/out/b"}));
}

TEST(OutputBases, SameNameDifferentTypeKeepsTheExtension) {
  const auto bases = output_bases({{"/in/brief.pdf", "brief.pdf"}, {"/in/brief.tiff", "brief.tiff"}, {"/in/c.png", "c.png"}}, "/out");
  EXPECT_EQ(bases, (std::vector<std::string>{"/out/brief.pdf", "/out/brief.tiff", "/out/c"}));
}

TEST(OutputBases, SameFileNameFromDifferentArgumentsGetsACounter) {
  const auto bases = output_bases({{"/a/x.pdf", "x.pdf"}, {"/b/x.pdf", "x.pdf"}, {"/c/x.pdf", "x.pdf"}}, "/out");
  EXPECT_EQ(bases, (std::vector<std::string>{"/out/x.pdf", "/out/x-2", "/out/x-3"}));
}

TEST(OutputBases, NamesTooLongForTheFileSystemAreCutAndHashed) {
  const std::string long_name = std::string(240, 'a') + ".png";
  const std::string other = std::string(240, 'a') + "b.png";
  const auto bases = output_bases({{"/in/" + long_name, long_name}, {"/in/" + other, other}}, "/out");
  for (const std::string& base : bases) {
    const std::string name = base.substr(5);
    EXPECT_LE(name.size() + std::string(".alto.xml.tmp-XXXXXX").size(), 255u) << name;
    EXPECT_EQ(name.substr(0, 100), std::string(100, 'a'));
  }
  EXPECT_NE(bases[0], bases[1]);
  EXPECT_EQ(output_bases({{"/in/" + long_name, long_name}}, "/out"), std::vector<std::string>{bases[0]});
}

TEST(OutputBases, TheSameLongNameFromTwoFoldersGetsTwoOutputs) {
  const std::string long_name = std::string(250, 'a') + ".png";
  const auto bases = output_bases({{"/one/" + long_name, long_name}, {"/two/" + long_name, long_name}}, "/out");
  ASSERT_EQ(bases.size(), 2u);
  EXPECT_NE(bases[0], bases[1]);
  for (const std::string& base : bases) EXPECT_LE(base.size() - 5 + std::string(".alto.xml.tmp-XXXXXX").size(), 255u);
}

}  // namespace
}  // namespace agreement_ocr
