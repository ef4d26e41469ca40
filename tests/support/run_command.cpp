// Runs the CLI (or any program) through posix_spawn with stdout and stderr sent to files.
#include "support/run_command.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace agreement_ocr::testing {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

namespace {

// Folders handed out by make_temp_dir, removed when the test program exits: a failed ASSERT
// returns before a test's own clean-up, and 70 folders had piled up in /tmp that way.
std::vector<std::string>& temp_dirs_to_remove() {
  static std::vector<std::string> folders;
  return folders;
}

void remove_temp_dirs() {
  for (const auto& folder : temp_dirs_to_remove()) {
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
  }
}

}  // namespace

std::string make_temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "agreement-ocr-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) return std::string();
  // The list is constructed before the handler is registered, so it is destroyed after it runs.
  static const bool registered = (temp_dirs_to_remove(), std::atexit(remove_temp_dirs) == 0);
  (void)registered;
  temp_dirs_to_remove().push_back(pattern);
  return pattern;
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

namespace {

StartedProgram start_program(const std::vector<std::string>& argv_strings) {
  StartedProgram program;
  if (argv_strings.empty()) return program;
  program.capture_dir = make_temp_dir();
  const std::string out_path = program.capture_dir + "/stdout", err_path = program.capture_dir + "/stderr";
  std::vector<std::string> arguments = argv_strings;  // posix_spawn wants char*, not const char*
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) program.pid = pid;
  posix_spawn_file_actions_destroy(&actions);
  return program;
}

}  // namespace

CommandResult wait_for(StartedProgram& program) {
  CommandResult result;
  if (program.pid > 0) {
    int status = 0;
    while (::waitpid(program.pid, &status, 0) == -1 && errno == EINTR) {
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    program.pid = -1;
  }
  if (!program.capture_dir.empty()) {
    result.out = slurp(program.capture_dir + "/stdout");
    result.err = slurp(program.capture_dir + "/stderr");
    std::filesystem::remove_all(program.capture_dir);
  }
  return result;
}

std::string output_so_far(const StartedProgram& program) { return slurp(program.capture_dir + "/stdout"); }

CommandResult run_program(const std::vector<std::string>& argv) {
  StartedProgram program = start_program(argv);
  return wait_for(program);
}

StartedProgram start_agreement_ocr(const std::vector<std::string>& arguments) {
  std::vector<std::string> argv = {AGREEMENT_OCR_BINARY};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return start_program(argv);
}

CommandResult run_agreement_ocr(const std::vector<std::string>& arguments) {
  std::vector<std::string> argv = {AGREEMENT_OCR_BINARY};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return run_program(argv);
}

}  // namespace agreement_ocr::testing
