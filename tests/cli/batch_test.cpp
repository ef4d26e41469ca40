// The batch as an archive runs it: many documents, a bad one among them, reruns, shards,
// archive renditions and interruptions, through the real binary.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "batch/shard.h"
#include "support/bad_inputs.h"
#include "support/run_command.h"
#include "support/sample_files.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<Json> json_lines(const std::string& out) {
  std::vector<Json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(Json::parse(line));
  return lines;
}

std::string seed_text() { return read_text(std::string(AGREEMENT_OCR_SOURCE_DIR) + "/samples/zielvereinbarung-2025-wiesbaden.txt"); }

// Every file below `dir`, relative, sorted.
std::vector<std::string> files_below(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), dir).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(Batch, OneLinePerDocumentInInputOrderAndABadFileDoesNotStopTheRest) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/in/sub");
  testing::write_file(dir + "/in/a.txt", seed_text());
  testing::write_file(dir + "/in/bad.png", "\x89PNG\r\n\x1a\n truncated");
  testing::write_file(dir + "/in/sub/b.txt", seed_text());
  testing::write_file(dir + "/in/.hidden.txt", seed_text());
  testing::write_file(dir + "/extra.txt", seed_text());
  testing::write_file(dir + "/list", "# more\nextra.txt\n");
  const auto result = testing::run_agreement_ocr(
      {"extract", dir + "/in", "--manifest", dir + "/list", "--out", dir + "/out", "--jobs", "2"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  const auto lines = json_lines(result.out);
  ASSERT_EQ(lines.size(), 4u) << result.out;
  EXPECT_EQ(lines[0]["path"], dir + "/in/a.txt");
  EXPECT_EQ(lines[1]["path"], dir + "/in/bad.png");
  EXPECT_EQ(lines[2]["path"], dir + "/in/sub/b.txt");
  EXPECT_EQ(lines[3]["path"], dir + "/extra.txt");
  for (std::size_t i : {0u, 2u, 3u}) EXPECT_EQ(lines[i]["status"], "ok") << lines[i];
  EXPECT_EQ(lines[1]["status"], "failed");
  EXPECT_FALSE(lines[1]["error"].get<std::string>().empty());
  EXPECT_EQ(lines[2]["output"], dir + "/out/sub/b.json");
  EXPECT_EQ(files_below(dir + "/out"), (std::vector<std::string>{"a.json", "extra.json", "sub/b.json"}));
  // The one bad file gets its one line on stderr.
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find("bad.png"), std::string::npos) << result.err;
  const Json output = Json::parse(read_text(dir + "/out/sub/b.json"));
  EXPECT_EQ(output["document"]["title"], "Zielvereinbarung 2025");
  fs::remove_all(dir);
}

TEST(Batch, ARerunSkipsWhatIsUpToDateAndRedoesWhatChanged) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/in");
  testing::write_file(dir + "/in/a.txt", seed_text());
  testing::write_file(dir + "/in/b.txt", seed_text());
  const std::vector<std::string> command = {"extract", dir + "/in", "--out", dir + "/out", "--text"};
  ASSERT_EQ(testing::run_agreement_ocr(command).exit_code, 0);

  // Temporaries a killed run left: ours are removed, a stranger's file is not touched.
  testing::write_file(dir + "/out/a.json.tmp-Ab3dE9", "{\"half");
  testing::write_file(dir + "/out/other.json.tmp-Ab3dE9", "{\"half");
  const auto written = fs::last_write_time(dir + "/out/a.json");
  auto rerun = json_lines(testing::run_agreement_ocr(command).out);
  ASSERT_EQ(rerun.size(), 2u);
  EXPECT_EQ(rerun[0]["status"], "skipped");
  EXPECT_EQ(rerun[1]["status"], "skipped");
  EXPECT_EQ(fs::last_write_time(dir + "/out/a.json"), written);
  EXPECT_FALSE(fs::exists(dir + "/out/a.json.tmp-Ab3dE9"));
  EXPECT_TRUE(fs::exists(dir + "/out/other.json.tmp-Ab3dE9"));

  testing::write_file(dir + "/in/b.txt", seed_text() + "\nNachtrag.\n");
  fs::remove(dir + "/out/a.txt");  // an archive file asked for is missing: redo
  rerun = json_lines(testing::run_agreement_ocr(command).out);
  ASSERT_EQ(rerun.size(), 2u);
  EXPECT_EQ(rerun[0]["status"], "ok");
  EXPECT_EQ(rerun[1]["status"], "ok");
  EXPECT_TRUE(fs::exists(dir + "/out/a.txt"));

  auto forced_command = command;
  forced_command.push_back("--force");
  for (const Json& line : json_lines(testing::run_agreement_ocr(forced_command).out)) EXPECT_EQ(line["status"], "ok");
  fs::remove_all(dir);
}

TEST(Batch, ShardsTogetherCoverEveryInputExactlyOnce) {
  const std::string dir = testing::make_temp_dir();
  std::set<std::string> inputs;
  for (int i = 0; i < 30; ++i) {
    const std::string name = "box-" + std::to_string(i % 3) + "/letter-" + std::to_string(i) + ".txt";
    fs::create_directories(fs::path(dir + "/in/" + name).parent_path());
    testing::write_file(dir + "/in/" + name, "Zielvereinbarung 2025\n");
    inputs.insert(dir + "/in/" + name);
  }
  std::multiset<std::string> processed;
  for (int k = 0; k < 3; ++k) {
    const auto result = testing::run_agreement_ocr(
        {"extract", dir + "/in", "--out", dir + "/out", "--shard", std::to_string(k) + "/3", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto lines = json_lines(result.out);
    EXPECT_GE(lines.size(), 4u) << "shard " << k << " got too small a share";
    for (const Json& line : lines) processed.insert(line["path"].get<std::string>());
  }
  EXPECT_EQ(processed.size(), inputs.size());  // no input twice...
  EXPECT_EQ(std::set<std::string>(processed.begin(), processed.end()), inputs);  // ...and none left out
  EXPECT_EQ(files_below(dir + "/out").size(), inputs.size());
  EXPECT_EQ(testing::run_agreement_ocr({"extract", dir + "/in", "--out", dir + "/out", "--shard", "3/3"}).exit_code, 3);
  fs::remove_all(dir);
}

TEST(Batch, UsageErrorsAreExitCodeThree) {
  const std::string sample = testing::file_path("samples/marburg-biedenkopf-2026.png");
  for (const std::vector<std::string>& arguments : std::vector<std::vector<std::string>>{
           {"extract"},
           {"extract", sample, sample},
           {"extract", sample, "--pdf"},
           {"extract", sample, "--out", "/tmp", "--jobs", "-1"},
           {"extract", sample, "--out", "/tmp", "--shard", "1"},
       }) {
    const auto result = testing::run_agreement_ocr(arguments);
    EXPECT_EQ(result.exit_code, 3) << arguments.size() << ": " << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
}

TEST(Batch, AnEmptyInputFolderIsAnErrorNotSilence) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/empty");
  std::ofstream(dir + "/empty/notes.docx") << "not a scan";
  const auto result = testing::run_agreement_ocr({"extract", dir + "/empty", "--out", dir + "/out"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find(dir + "/empty: no PDF, TIFF, PNG, JPEG or .txt file"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST(Batch, OutputsNeverOverwriteAnInput) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/letter.txt", seed_text());
  // The file named alone: its .txt output would be the input itself.
  const auto result = testing::run_agreement_ocr({"extract", dir + "/letter.txt", "--out", dir, "--text"});
  EXPECT_EQ(result.exit_code, 5) << result.err;
  EXPECT_NE(result.err.find("overwrite"), std::string::npos) << result.err;
  EXPECT_EQ(read_text(dir + "/letter.txt"), seed_text());
  // Its folder as the input: refused before anything is read (the next run would read the outputs).
  const auto folder = testing::run_agreement_ocr({"extract", dir, "--out", dir, "--text"});
  EXPECT_EQ(folder.exit_code, 3) << folder.err;
  EXPECT_NE(folder.err.find("is the input folder"), std::string::npos) << folder.err;
  EXPECT_EQ(read_text(dir + "/letter.txt"), seed_text());
  fs::remove_all(dir);
}

TEST(Batch, APageOverTheMemoryLimitFailsItsDocumentOnly) {
  const std::string dir = testing::make_temp_dir();
  // The 1889 x 2500 page needs about 54 MiB in work: refused under 40 MiB, done under 80.
  const auto refused = testing::run_agreement_ocr(
      {"extract", testing::file_path("samples/marburg-biedenkopf-2026.png"), "--out", dir, "--max-memory", "40"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("--max-memory"), std::string::npos) << refused.err;
  EXPECT_TRUE(files_below(dir).empty());
  const auto done = testing::run_agreement_ocr(
      {"extract", testing::file_path("samples/marburg-biedenkopf-2026.png"), "--out", dir, "--max-memory", "80", "-q"});
  EXPECT_EQ(done.exit_code, 0) << done.err;
  fs::remove_all(dir);
}

// The input counts in the memory budget while its pages are in work (#16 item 6): a text
// takes about 12 bytes per byte of it, so 1.5 MB of text fail under 10 MiB and pass under
// 40; a page that fits only without its file beside it fails instead of waiting forever.
TEST(Batch, TheInputCountsInTheMemoryLimit) {
  const std::string dir = testing::make_temp_dir();
  std::string text;
  while (text.size() < 1500000) text += seed_text() + "\f";
  testing::write_file(dir + "/long.txt", text);
  const auto refused = testing::run_agreement_ocr({"extract", dir + "/long.txt", "--out", dir + "/out", "--max-memory", "10"});
  EXPECT_EQ(refused.exit_code, 2) << refused.err;
  EXPECT_NE(refused.err.find("long.txt: the text in work needs about 17 MiB, more than the memory limit of 10 MiB (--max-memory)"),
            std::string::npos)
      << refused.err;
  const auto done = testing::run_agreement_ocr({"extract", dir + "/long.txt", "--out", dir + "/out", "--max-memory", "40"});
  EXPECT_EQ(done.exit_code, 0) << done.err;

  // An A4 page at 300 dpi needs about 99 MiB in work: with 30 MiB of file beside it, over 110.
  const Bytes junk = testing::random_bytes(std::size_t{30} << 20);
  testing::write_file(dir + "/heavy.pdf", testing::one_page_pdf("0 0 595 842", "1", "0 0 m 100 100 l S",
                                                                {"<< /Length " + std::to_string(junk.size()) + " >>\nstream\n" +
                                                                 std::string(junk.begin(), junk.end()) + "\nendstream"}));
  const auto heavy = testing::run_agreement_ocr({"extract", dir + "/heavy.pdf", "--out", dir + "/out", "--max-memory", "110"});
  EXPECT_EQ(heavy.exit_code, 2) << heavy.err;
  EXPECT_NE(heavy.err.find("heavy.pdf: page 1 needs about 99 MiB beside the 30 MiB of its file, more than the memory limit of "
                           "110 MiB (--max-memory)"),
            std::string::npos)
      << heavy.err;
  fs::remove_all(dir);
}

// Words and how often they occur: text from the PDF's layer and from the JSON come in
// different line orders (side-by-side blocks), so they are compared as bags of words.
std::map<std::string, int> word_counts(const std::string& text) {
  std::map<std::string, int> counts;
  std::istringstream in(text);
  for (std::string word; in >> word;) ++counts[word];
  return counts;
}

TEST(Batch, TheSearchablePdfCarriesTheOcrText) {
  const std::string dir = testing::make_temp_dir();
  const auto result = testing::run_agreement_ocr({"extract", testing::file_path("samples/marburg-biedenkopf-2026.png"),
                                                  "--out", dir, "--pdf", "--text", "--hocr", "--alto", "-q"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(files_below(dir), (std::vector<std::string>{"marburg-biedenkopf-2026.alto.xml", "marburg-biedenkopf-2026.hocr",
                                                        "marburg-biedenkopf-2026.json", "marburg-biedenkopf-2026.pdf",
                                                        "marburg-biedenkopf-2026.txt"}));
  const Json output = Json::parse(read_text(dir + "/marburg-biedenkopf-2026.json"));
  const std::string ocr_text = output["pages"][0]["text"];
  const auto pdf_text = testing::run_program({"/usr/bin/pdftotext", "-layout", dir + "/marburg-biedenkopf-2026.pdf", "-"});
  ASSERT_EQ(pdf_text.exit_code, 0) << pdf_text.err;

  const auto expected = word_counts(ocr_text), found = word_counts(pdf_text.out);
  int total = 0, shared = 0;
  for (const auto& [word, count] : expected) {
    total += count;
    const auto it = found.find(word);
    shared += it == found.end() ? 0 : std::min(count, it->second);
  }
  ASSERT_GT(total, 50);
  // The PDF layer is Tesseract's page reading; the JSON text also holds the stamp and the
  // handwritten date as read on their own, so a few words differ.
  EXPECT_GE(static_cast<double>(shared) / total, 0.9) << pdf_text.out;

  EXPECT_EQ(read_text(dir + "/marburg-biedenkopf-2026.txt"), ocr_text.back() == '\n' ? ocr_text : ocr_text + "\n");
  EXPECT_NE(read_text(dir + "/marburg-biedenkopf-2026.hocr").find("class='ocr_page'"), std::string::npos);
  EXPECT_NE(read_text(dir + "/marburg-biedenkopf-2026.alto.xml").find("<Page "), std::string::npos);
  fs::remove_all(dir);
}

// The searchable PDF's page image goes through our own scratch folder only (#16 item 12):
// Leptonica, given pixels, compressed them through /tmp/lept.* whatever TMPDIR said, and a
// run killed then left the file for good. Files created in /tmp while the program runs are
// watched with inotify.
TEST(Batch, TheSearchablePdfLeavesNoTemporaryFileOutsideItsScratchFolder) {
  const int watch_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  ASSERT_GE(watch_fd, 0);
  ASSERT_GE(::inotify_add_watch(watch_fd, "/tmp", IN_CREATE), 0);
  const std::string dir = testing::make_temp_dir();
  const auto result =
      testing::run_agreement_ocr({"extract", testing::file_path("samples/marburg-biedenkopf-2026.png"), "--out", dir, "--pdf", "-q"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::exists(dir + "/marburg-biedenkopf-2026.pdf"));
  std::vector<std::string> leptonica_files;
  alignas(inotify_event) char events[64 * 1024];
  for (ssize_t size; (size = ::read(watch_fd, events, sizeof events)) > 0;) {
    for (char* at = events; at < events + size;) {
      const auto* event = reinterpret_cast<const inotify_event*>(at);
      if (event->len > 0 && std::string(event->name).rfind("lept.", 0) == 0) leptonica_files.push_back(event->name);
      at += sizeof(inotify_event) + event->len;
    }
  }
  ::close(watch_fd);
  EXPECT_TRUE(leptonica_files.empty()) << leptonica_files.front();
  fs::remove_all(dir);
}

TEST(Batch, TheSearchablePdfWorksWithTheBestIntModelToo) {
  if (!fs::exists(testing::file_path("models/best_int/deu.traineddata"))) GTEST_SKIP() << "best_int not installed";
  const std::string dir = testing::make_temp_dir();
  const auto result = testing::run_agreement_ocr({"extract", testing::file_path("samples/marburg-biedenkopf-2026.png"),
                                                  "--out", dir, "--pdf", "--model", "best_int", "-q"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::exists(dir + "/marburg-biedenkopf-2026.pdf"));
  fs::remove_all(dir);
}

// Starts a batch of several one-page scans, signals it once the first document is done,
// and checks that only complete outputs exist; a rerun then finishes the rest.
void interrupt_and_resume(int signal_number) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/in");
  for (int i = 0; i < 4; ++i)
    fs::copy_file(testing::file_path("samples/marburg-biedenkopf-2026.png"), dir + "/in/scan-" + std::to_string(i) + ".png");
  const std::vector<std::string> command = {"extract", dir + "/in", "--out", dir + "/out", "--jobs", "1", "--pdf"};
  auto program = testing::start_agreement_ocr(command);
  ASSERT_GT(program.pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (testing::output_so_far(program).empty() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ::kill(program.pid, signal_number);
  const auto stopped = testing::wait_for(program);
  EXPECT_EQ(stopped.exit_code, 128 + signal_number) << stopped.err;
  if (signal_number != SIGKILL) {  // every input gets its line, the unfinished ones "interrupted"
    const auto lines = json_lines(stopped.out);
    ASSERT_EQ(lines.size(), 4u) << stopped.out;
    EXPECT_EQ(lines.back()["status"], "interrupted");
  }

  // Only whole outputs: every file there is a finished document's JSON or PDF.
  int finished = 0;
  for (const std::string& file : files_below(dir + "/out")) {
    EXPECT_EQ(file.find(".tmp-"), std::string::npos) << file;
    if (fs::path(file).extension() == ".json") {
      ++finished;
      EXPECT_NO_THROW(Json::parse(read_text(dir + "/out/" + file))) << file;
      EXPECT_TRUE(fs::exists(dir + "/out/" + fs::path(file).replace_extension(".pdf").string())) << file;
    }
  }
  EXPECT_GE(finished, 1);
  EXPECT_LT(finished, 4);

  const auto resumed = testing::run_agreement_ocr(command);
  EXPECT_EQ(resumed.exit_code, 0) << resumed.err;
  int skipped = 0, done = 0;
  for (const Json& line : json_lines(resumed.out)) {
    skipped += line["status"] == "skipped";
    done += line["status"] == "ok";
  }
  EXPECT_EQ(skipped, finished);
  EXPECT_EQ(skipped + done, 4);
  fs::remove_all(dir);
}

// A stop request does not wait for the PDF page being rendered (#16 item 7): the render child
// is killed and the document is "interrupted". The page would take about 40 s to render.
TEST(Batch, SigtermEndsARenderInProgress) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/slow.pdf", testing::pdf_drawing_an_image(400));
  const auto started = std::chrono::steady_clock::now();
  auto program = testing::start_agreement_ocr({"extract", dir + "/slow.pdf", "--out", dir + "/out", "--max-render-seconds", "600"});
  ASSERT_GT(program.pid, 0);
  std::this_thread::sleep_for(std::chrono::seconds(2));
  ::kill(program.pid, SIGTERM);
  const auto stopped = testing::wait_for(program);
  EXPECT_EQ(stopped.exit_code, 128 + SIGTERM) << stopped.err;
  const auto lines = json_lines(stopped.out);
  ASSERT_EQ(lines.size(), 1u) << stopped.out;
  EXPECT_EQ(lines[0]["status"], "interrupted") << stopped.out;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
  fs::remove_all(dir);
}

TEST(Batch, SigtermStopsWithOnlyCompleteOutputsAndTheRerunResumes) { interrupt_and_resume(SIGTERM); }
TEST(Batch, SigintStopsWithOnlyCompleteOutputsAndTheRerunResumes) { interrupt_and_resume(SIGINT); }
TEST(Batch, SigkillLeavesOnlyCompleteOutputsAndTheRerunResumes) { interrupt_and_resume(SIGKILL); }

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// hOCR and ALTO carry the file's name: control characters and bytes that are no UTF-8 must
// not make them malformed XML.
TEST(Batch, HocrAndAltoStayWellFormedForAnyFileName) {
  const std::string dir = testing::make_temp_dir();
  const std::string name = std::string("scan \x01 <&> \xff\xfe") + ".png";
  std::filesystem::copy_file(testing::file_path("samples/marburg-biedenkopf-2026.png"), dir + "/" + name);
  const auto result = testing::run_agreement_ocr({"extract", dir + "/" + name, "--out", dir + "/out", "--hocr", "--alto", "-q"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const std::string extension : {".hocr", ".alto.xml"}) {
    std::string written;
    for (const auto& entry : std::filesystem::directory_iterator(dir + "/out"))
      if (entry.path().string().size() > extension.size() &&
          entry.path().string().compare(entry.path().string().size() - extension.size(), extension.size(), extension) == 0)
        written = entry.path().string();
    ASSERT_FALSE(written.empty()) << extension;
    const auto lint = testing::run_program({"/usr/bin/xmllint", "--noout", written});
    EXPECT_EQ(lint.exit_code, 0) << extension << ": " << lint.err;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// Two runs into one --out: the second refuses (exit 5, one line) and the first finishes with
// every output in place.
TEST(Batch, ASecondRunIntoTheSameOutputFolderRefusesWhileTheFirstLives) {
  const std::string dir = testing::make_temp_dir();
  auto first = testing::start_agreement_ocr(
      {"extract", testing::file_path("samples/wiesbaden-2025.pdf"), "--out", dir + "/out", "-q", "--jobs", "1"});
  ASSERT_GT(first.pid, 0);
  // The first run holds the lock from before its first page; give it a moment to start.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!std::filesystem::exists(dir + "/out") && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const auto second = testing::run_agreement_ocr(
      {"extract", testing::file_path("samples/wiesbaden-2025.pdf"), "--out", dir + "/out", "-q", "--force"});
  EXPECT_EQ(second.exit_code, 5) << second.err;
  EXPECT_NE(second.err.find("another agreement-ocr run is writing into this directory"), std::string::npos) << second.err;
  EXPECT_EQ(std::count(second.err.begin(), second.err.end(), '\n'), 1) << second.err;
  const auto finished = testing::wait_for(first);
  EXPECT_EQ(finished.exit_code, 0) << finished.err;
  EXPECT_TRUE(std::filesystem::exists(dir + "/out/wiesbaden-2025.json"));
  // Once the first has ended, the folder is free again.
  const auto third = testing::run_agreement_ocr(
      {"extract", testing::file_path("samples/wiesbaden-2025.pdf"), "--out", dir + "/out", "-q"});
  EXPECT_EQ(third.exit_code, 0) << third.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// Shards of one archive write into one --out at the same time: the lock lets them.
TEST(Batch, ShardsOfOneArchiveRunTogetherIntoOneOutputFolder) {
  const std::string dir = testing::make_temp_dir();
  std::filesystem::create_directories(dir + "/in");
  std::string in_first, in_second;
  for (int n = 1; n < 50 && (in_first.empty() || in_second.empty()); ++n) {
    const std::string name = "doc-" + std::to_string(n) + ".pdf";
    std::string& slot = in_shard(name, Shard{0, 2}) ? in_first : in_second;
    if (slot.empty()) slot = name;
  }
  ASSERT_FALSE(in_first.empty() || in_second.empty());
  for (const std::string& name : {in_first, in_second})
    std::filesystem::copy_file(testing::file_path("samples/wiesbaden-2025.pdf"), dir + "/in/" + name);
  auto first = testing::start_agreement_ocr({"extract", dir + "/in", "--out", dir + "/out", "--shard", "0/2", "-q", "--jobs", "1"});
  ASSERT_GT(first.pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!std::filesystem::exists(dir + "/out") && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const auto second = testing::run_agreement_ocr({"extract", dir + "/in", "--out", dir + "/out", "--shard", "1/2", "-q", "--jobs", "1"});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  const auto finished = testing::wait_for(first);
  EXPECT_EQ(finished.exit_code, 0) << finished.err;
  for (const std::string& name : {in_first, in_second}) {
    const std::string json = dir + "/out/" + name.substr(0, name.size() - 4) + ".json";
    EXPECT_TRUE(std::filesystem::exists(json)) << json;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr
