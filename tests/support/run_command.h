// Running the agreement-ocr binary (or any program) from a test and capturing what it printed.
#pragma once

#include <string>
#include <vector>

namespace agreement_ocr::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the program at path argv[0] with argv[1..] as its arguments (no shell parsing, no PATH
// search) and waits for it. exit_code is -1 if it could not be started, 128 + N if signal N
// ended it.
CommandResult run_program(const std::vector<std::string>& argv);

// Runs build/agreement-ocr with `arguments` (each passed as one argument, no shell parsing).
CommandResult run_agreement_ocr(const std::vector<std::string>& arguments);

// A program started and not waited for yet, for tests that signal it midway.
struct StartedProgram {
  int pid = -1;  // -1: it could not be started
  std::string capture_dir;  // holds "stdout" and "stderr" while it runs
};
StartedProgram start_agreement_ocr(const std::vector<std::string>& arguments);
// What the running program has printed on stdout so far.
std::string output_so_far(const StartedProgram& program);
// Waits for it to end and collects what it printed.
CommandResult wait_for(StartedProgram& program);

// A fresh empty directory under the system's temporary directory, removed (with what it holds)
// when the test program exits.
std::string make_temp_dir();

void write_file(const std::string& path, const std::string& bytes);

}  // namespace agreement_ocr::testing
