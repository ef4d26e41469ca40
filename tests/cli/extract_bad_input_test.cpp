// The CLI contract for bad input: one line on stderr naming the file, exit code 2, and
// nothing on stdout or in the output directory.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <vector>
#include <cstdio>

#include "io/pdf_render_process.h"
#include "support/bad_inputs.h"
#include "support/run_command.h"

namespace agreement_ocr {
namespace {

struct BadInput {
  std::string name;
  Bytes bytes;
};

std::string as_string(const Bytes& bytes) { return std::string(bytes.begin(), bytes.end()); }

std::vector<BadInput> bad_inputs() {
  const std::string text = "Zielvereinbarung 2025\nzwischen dem Hessischen Ministerium\n";
  return {
      {"empty.pdf", {}},
      {"truncated.png", testing::truncated(testing::png_page())},
      {"truncated.tiff", testing::truncated(testing::tiff_pages())},
      {"truncated.pdf", testing::truncated(testing::file_at("samples/wiesbaden-2025.pdf"))},
      {"random.jpg", testing::random_bytes(20000)},
      {"notes.pdf", Bytes(text.begin(), text.end())},
      {"encrypted.pdf", testing::file_at("tests/data/encrypted.pdf")},
      {"huge.png", testing::png_claiming(60000, 60000)},
      {"one-pixel.png", testing::tiny_png(1, 1)},
      {"one-row.png", testing::tiny_png(400, 1)},
      {"overlong-utf8.txt", Bytes{'a', 0xC0, 0xAF, '\n'}},
  };
}

TEST(ExtractBadInput, EachGetsOneLineExitCodeTwoAndNoOutput) {
  const std::string dir = testing::make_temp_dir();
  const std::string out_dir = dir + "/out";
  for (const BadInput& input : bad_inputs()) {
    const std::string path = dir + "/" + input.name;
    testing::write_file(path, as_string(input.bytes));
    for (const bool to_dir : {false, true}) {
      std::vector<std::string> arguments = {"extract", path};
      if (to_dir) arguments.insert(arguments.end(), {"--out", out_dir});
      const auto result = testing::run_agreement_ocr(arguments);
      EXPECT_EQ(result.exit_code, 2) << input.name << ": " << result.err;
      if (to_dir) {  // the batch's report: one JSON line naming the failure
        const auto line = nlohmann::json::parse(result.out, nullptr, false);
        EXPECT_EQ(line.value("status", ""), "failed") << input.name << ": " << result.out;
        EXPECT_TRUE(line["output"].is_null()) << input.name;
        EXPECT_FALSE(line.value("error", "").empty()) << input.name;
      } else {
        EXPECT_TRUE(result.out.empty()) << input.name;
      }
      EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << input.name << ": " << result.err;
      EXPECT_NE(result.err.find(path), std::string::npos) << input.name << ": " << result.err;
    }
  }
  EXPECT_TRUE(!std::filesystem::exists(out_dir) || std::filesystem::is_empty(out_dir));
  std::filesystem::remove_all(dir);
}

TEST(ExtractBadInput, UnsupportedTypeAndEncryptionAreNamed) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/notes.pdf", "just text");
  testing::write_file(dir + "/locked.pdf", as_string(testing::file_at("tests/data/encrypted.pdf")));
  EXPECT_NE(testing::run_agreement_ocr({"extract", dir + "/notes.pdf"}).err.find("unsupported file type"),
            std::string::npos);
  EXPECT_NE(testing::run_agreement_ocr({"extract", dir + "/locked.pdf"}).err.find("encrypted"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(ExtractBadInput, TextWithMoreFormFeedsThanThePageLimit) {
  const std::string dir = testing::make_temp_dir();
  std::string pages;
  for (int i = 0; i < 30; ++i) pages += "Seite\f";
  testing::write_file(dir + "/many.txt", pages);
  const auto result = testing::run_agreement_ocr({"extract", dir + "/many.txt", "--max-pages", "10"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("over the limit"), std::string::npos) << result.err;
  std::filesystem::remove_all(dir);
}

TEST(ExtractBadInput, AFileNameThatIsNotUtf8StillGivesValidJson) {
  const std::string dir = testing::make_temp_dir();
  const std::string path = dir + "/Vertr\xe4ge.txt";  // Latin-1, as from an old Windows share
  testing::write_file(path, "Zielvereinbarung 2025\n");
  const auto result = testing::run_agreement_ocr({"extract", path});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);  // throws on invalid UTF-8
  EXPECT_NE(json["source"]["path"].get<std::string>().find("Vertr"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(ExtractUsage, MissingModelAndBadArgumentsHaveTheirOwnCodes) {
  EXPECT_EQ(testing::run_agreement_ocr({"extract"}).exit_code, 3);
  EXPECT_EQ(testing::run_agreement_ocr({"extract", "x.png", "--no-such-flag"}).exit_code, 3);
  const auto missing_model = testing::run_agreement_ocr({"extract", "x.png", "--model", "/nonexistent/deu.traineddata"});
  EXPECT_EQ(missing_model.exit_code, 4);
  EXPECT_NE(missing_model.err.find("not found"), std::string::npos);
}

// Option values out of range are usage errors, never wrapped or taken as they come.
TEST(ExtractUsage, OptionValuesOutOfRangeAreUsageErrors) {
  const std::vector<std::vector<std::string>> bad = {
      {"--max-memory", "17592186044416"}, {"--max-memory", "0"},      {"--max-pixels", "-5"},
      {"--max-pixels", "nan"},            {"--max-pages", "-1"},      {"--max-pages", "inf"},
      {"--max-ocr-seconds", "nan"},       {"--max-ocr-seconds", "-1"}, {"--jobs", "-2"},
      {"--max-memory", "0100"},           {"--max-memory", "0x10"},   {"--jobs", "1.5"},
  };
  for (const auto& option : bad) {
    const auto result = testing::run_agreement_ocr({"extract", "x.png", option[0], option[1]});
    EXPECT_EQ(result.exit_code, 3) << option[0] << " " << option[1] << ": " << result.err;
  }
  const std::string dir = testing::make_temp_dir();
  const auto shard = testing::run_agreement_ocr({"extract", dir, "--out", dir + "/out", "--shard", "0/18446744073709551616"});
  EXPECT_EQ(shard.exit_code, 3) << shard.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// OpenCV's geometry stops at 32767 pixels a side: a long PDF page is rendered smaller, a long
// image is refused with exit 2; neither ends in an assertion (exit 70).
TEST(ExtractBadInput, PagesWithASideOverThirtyThousandPixels) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/long.pdf", testing::one_page_pdf("0 0 8000 600"));
  const auto pdf = testing::run_agreement_ocr({"extract", dir + "/long.pdf"});
  EXPECT_EQ(pdf.exit_code, 0) << pdf.err;
  EXPECT_NE(pdf.out.find("too long to render at 300 dpi"), std::string::npos) << pdf.out.substr(0, 2000);
  cv::imwrite(dir + "/long.png", cv::Mat(40, 33000, CV_8UC1, cv::Scalar(255)));
  const auto png = testing::run_agreement_ocr({"extract", dir + "/long.png"});
  EXPECT_EQ(png.exit_code, 2) << png.err;
  EXPECT_NE(png.err.find("a side over 20000 pixels is not supported"), std::string::npos) << png.err;
  std::filesystem::remove_all(dir);
}

// PDF pages built to exhaust the renderer (#16): 300,000 nested saves (2 GB in poppler) and
// an image drawn a hundred times (10 s) each fail their own document with one line, bounded
// in memory and time, and the batch goes on with the next file.
TEST(ExtractBadInput, PdfPagesThatExhaustTheRendererFailAloneWithinTheirBounds) {
  const std::string dir = testing::make_temp_dir();
  std::filesystem::create_directory(dir + "/in");
  testing::write_file(dir + "/in/a-saves.pdf", testing::pdf_of_nested_saves(300000));
  testing::write_file(dir + "/in/b-slow.pdf", testing::pdf_drawing_an_image(100));
  testing::write_file(dir + "/in/c-page.png", as_string(testing::png_page()));
  const auto batch = testing::run_agreement_ocr({"extract", dir + "/in", "--out", dir + "/out", "--max-render-seconds", "1"});
  EXPECT_EQ(batch.exit_code, 2) << batch.err;
  EXPECT_EQ(std::count(batch.err.begin(), batch.err.end(), '\n'), 2) << batch.err;
  // Without a memory limit (AddressSanitizer) the saves run into the time limit instead.
  EXPECT_NE(batch.err.find(render_memory_is_bounded()
                               ? "a-saves.pdf: cannot render page 1 of the PDF: the renderer ended by signal"
                               : "a-saves.pdf: rendering page 1 of the PDF took over 1 s"),
            std::string::npos)
      << batch.err;
  EXPECT_NE(batch.err.find("b-slow.pdf: rendering page 1 of the PDF took over 1 s (see --max-render-seconds)"), std::string::npos)
      << batch.err;
  EXPECT_TRUE(std::filesystem::exists(dir + "/out/c-page.json"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/out/a-saves.json"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/out/b-slow.json"));
  std::filesystem::remove_all(dir);
}

// A page tree whose /Count is wrong gives poppler no pages: the message says the tree is
// damaged and that the pages are there, instead of "the PDF has no pages".
TEST(ExtractBadInput, APageCountThatHidesThePagesIsReportedAsDamage) {
  const std::string dir = testing::make_temp_dir();
  for (const std::string count : {"0", "5", "-1", "abc"}) {
    testing::write_file(dir + "/count.pdf", testing::one_page_pdf("0 0 595 842", count));
    const auto result = testing::run_agreement_ocr({"extract", dir + "/count.pdf"});
    EXPECT_EQ(result.exit_code, 2) << count << ": " << result.err;
    EXPECT_NE(result.err.find("page tree is damaged"), std::string::npos) << count << ": " << result.err;
    EXPECT_NE(result.err.find("holds 1 page object"), std::string::npos) << count << ": " << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
  testing::write_file(dir + "/empty-tree.pdf",
                      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                      "trailer<</Root 1 0 R/Size 3>>\n%%EOF\n");
  const auto empty = testing::run_agreement_ocr({"extract", dir + "/empty-tree.pdf"});
  EXPECT_EQ(empty.exit_code, 2) << empty.err;
  EXPECT_NE(empty.err.find("the PDF has no pages"), std::string::npos) << empty.err;
}

// A resolution out of the plausible range is named in the warning, not called missing.
TEST(ExtractBadInput, AnImplausibleResolutionIsNamedInTheWarning) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/dpi-65535.png", as_string(testing::png_stating_dpi(65535)));
  testing::write_file(dir + "/no-dpi.png", as_string(testing::png_page()));
  const auto stated = testing::run_agreement_ocr({"extract", dir + "/dpi-65535.png"});
  ASSERT_EQ(stated.exit_code, 0) << stated.err;
  EXPECT_NE(stated.out.find("the file states 65535 dpi, not plausible; "), std::string::npos) << stated.out.substr(0, 3000);
  const auto none = testing::run_agreement_ocr({"extract", dir + "/no-dpi.png"});
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_NE(none.out.find("the file states no resolution; "), std::string::npos) << none.out.substr(0, 3000);
}

// A file name with a newline or with bytes that are no UTF-8 still gives one line per error,
// escaped, and the batch's JSON line keeps the bytes of a name that is no UTF-8 in hex.
TEST(ExtractBadInput, NamesWithNewlinesOrOtherEncodingsStayOnOneLine) {
  const std::string dir = testing::make_temp_dir();
  std::filesystem::create_directory(dir + "/in");
  testing::write_file(dir + "/in/bad\nname.png", "garbage");
  testing::write_file(dir + "/in/bad\xff" "name.png", "garbage");
  const auto one = testing::run_agreement_ocr({"extract", dir + "/in/bad\nname.png"});
  EXPECT_EQ(one.exit_code, 2) << one.err;
  EXPECT_EQ(std::count(one.err.begin(), one.err.end(), '\n'), 1) << one.err;
  EXPECT_NE(one.err.find("bad\\nname.png: unsupported file type"), std::string::npos) << one.err;
  const auto batch = testing::run_agreement_ocr({"extract", dir + "/in", "--out", dir + "/out"});
  EXPECT_EQ(batch.exit_code, 2) << batch.err;
  EXPECT_EQ(std::count(batch.err.begin(), batch.err.end(), '\n'), 2) << batch.err;
  EXPECT_NE(batch.err.find("bad\\xFFname.png: unsupported file type"), std::string::npos) << batch.err;
  bool found_hex = false;
  std::size_t begin = 0;
  for (std::size_t end; (end = batch.out.find('\n', begin)) != std::string::npos; begin = end + 1) {
    const auto line = nlohmann::json::parse(batch.out.substr(begin, end - begin), nullptr, false);
    ASSERT_FALSE(line.is_discarded()) << batch.out;
    if (!line.contains("path_hex")) continue;
    const std::string hex = line["path_hex"];
    EXPECT_NE(hex.find("626164ff6e616d652e706e67"), std::string::npos) << hex;  // "bad\xffname.png"
    found_hex = true;
  }
  EXPECT_TRUE(found_hex) << batch.out;
}

}  // namespace
}  // namespace agreement_ocr
