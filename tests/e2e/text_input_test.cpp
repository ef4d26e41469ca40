// Text in: the seed agreement's own OCR text (samples/zielvereinbarung-2025-wiesbaden.txt,
// with its OCR faults) must give the seed's values, through the command line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

const std::string kSeed = std::string(AGREEMENT_OCR_SOURCE_DIR) + "/samples/zielvereinbarung-2025-wiesbaden.txt";

nlohmann::json extract_seed() {
  const auto result = testing::run_agreement_ocr({"extract", kSeed});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

TEST(TextInput, SeedGivesTheSeedValues) {
  const auto json = extract_seed();
  EXPECT_EQ(json["source"]["format"], "text");
  EXPECT_EQ(json["document"]["type"], "Zielvereinbarung");
  EXPECT_EQ(json["document"]["title"], "Zielvereinbarung 2025");
  EXPECT_EQ(json["document"]["year"], 2025);
  EXPECT_TRUE(json["document"]["reference"].is_null());

  ASSERT_EQ(json["parties"].size(), 2u);
  EXPECT_EQ(json["parties"][0]["name"], "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
  EXPECT_EQ(json["parties"][0]["short_name"], "HMSI");
  EXPECT_EQ(json["parties"][1]["name"], "Landeshauptstadt Wiesbaden");

  ASSERT_EQ(json["received_stamps"].size(), 1u);
  EXPECT_EQ(json["received_stamps"][0]["date"], "2025-08-20");
  EXPECT_EQ(json["received_stamps"][0]["text"], "Eing.: 20. Aug. 2025");

  ASSERT_EQ(json["amounts"].size(), 1u);
  EXPECT_EQ(json["amounts"][0]["value"], 2812460);
  EXPECT_EQ(json["amounts"][0]["currency"], "EUR");
  EXPECT_EQ(json["amounts"][0]["text"], "2.812.460 Euro");
  EXPECT_EQ(json["amounts"][0]["section"], "§ 4");
  EXPECT_EQ(json["amounts"][0]["is_total"], true);

  ASSERT_EQ(json["projects"].size(), 4u);
  EXPECT_EQ(json["projects"][0]["category"], "Ausbildungsvorbereitung");
  EXPECT_EQ(json["projects"][0]["items"],
            nlohmann::json({"Fit für den Beruf (FIB)", "Gastro und Tageswerkstatt",
                            "Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit",
                            "Ausbildungsperspektiven für Erziehende (TZ)"}));
  EXPECT_EQ(json["projects"][1]["items"].size(), 1u);
  EXPECT_EQ(json["projects"][2]["items"].size(), 4u);
  EXPECT_EQ(json["projects"][3]["number"], 4);
  EXPECT_TRUE(json["projects"][3]["items"].empty());
  EXPECT_TRUE(json["projects"][3]["category"].get<std::string>().ends_with("im Kontext der Arbeitsmarktförderung"));

  ASSERT_EQ(json["signatories"].size(), 2u);
  const auto& hofmann = json["signatories"][0];
  EXPECT_EQ(hofmann["name"], "Heike Hofmann");
  EXPECT_TRUE(hofmann["title"].is_null());
  EXPECT_EQ(hofmann["role"], "Staatsministerin");
  EXPECT_EQ(hofmann["organization"], "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
  EXPECT_EQ(hofmann["place"], "Wiesbaden");
  EXPECT_EQ(hofmann["date"], "2025-08-06");
  EXPECT_TRUE(hofmann["signature_present"].is_null());  // a text has no ink to judge
  const auto& becher = json["signatories"][1];
  EXPECT_EQ(becher["name"], "Patricia Becher");  // OCR'd as "Patricia Dr. Becher"
  EXPECT_EQ(becher["title"], "Dr.");
  EXPECT_EQ(becher["role"], "Stadträtin");
  EXPECT_EQ(becher["organization"], "Landeshauptstadt Wiesbaden");
  EXPECT_EQ(becher["date"], "2025-08-13");
  EXPECT_TRUE(becher["signature_present"].is_null());
}

TEST(TextInput, HasNoPixelsSoNoBoxes) {
  const auto json = extract_seed();
  EXPECT_TRUE(json["generator"]["ocr_model"].is_null());
  EXPECT_TRUE(json["pages"][0]["dpi"].is_null());
  for (const char* key : {"parties", "received_stamps", "amounts", "projects", "signatories"}) {
    for (const auto& field : json[key]) EXPECT_TRUE(field["bbox"].is_null()) << key;
  }
}

TEST(TextInput, FormFeedsSeparatePages) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/two.txt", "Zielvereinbarung 2024\n\fSeite zwei\n");
  const auto result = testing::run_agreement_ocr({"extract", dir + "/two.txt"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  ASSERT_EQ(json["pages"].size(), 2u);
  EXPECT_EQ(json["pages"][1]["text"], "Seite zwei");
  EXPECT_EQ(json["document"]["page"], 1);
}

TEST(TextInput, TextThatIsNotUtf8IsRefused) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/latin1.txt", "Ma\xdfnahmen\n");
  const auto result = testing::run_agreement_ocr({"extract", dir + "/latin1.txt"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("latin1.txt"), std::string::npos);
}

}  // namespace
}  // namespace agreement_ocr
