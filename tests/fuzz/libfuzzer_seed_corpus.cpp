// libFuzzer glue (meson option fuzz_engine=libfuzzer): libFuzzer reads its
// seed corpus from directories, so before fuzzing LLVMFuzzerInitialize writes
// the target's fuzz_seed_corpus (defined next to the target) as files
// seed-NNN into the first corpus directory on the command line, creating it;
// without one, into a fresh /tmp/irrepkit-fuzz-corpus-XXXXXX, appended to the
// arguments. New interesting inputs then land in that directory too.
// Reproducing a crash: fuzz-X crash-<hash> (a file argument, not a directory).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

extern const std::vector<std::string> fuzz_seed_corpus;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  namespace fs = std::filesystem;
  std::string directory;
  for (int i = 1; i < *argc; ++i) {
    const char* argument = (*argv)[i];
    if (argument[0] == '-') continue;  // a libFuzzer flag
    std::error_code error;
    if (fs::is_regular_file(argument, error)) return 0;  // reproducing given inputs
    directory = argument;
    break;
  }
  if (directory.empty()) {
    static char pattern[] = "/tmp/irrepkit-fuzz-corpus-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) return 0;
    directory = pattern;
    // libFuzzer parses the arguments after this call: append the directory.
    static std::vector<char*> arguments;
    arguments.assign(*argv, *argv + *argc);
    arguments.push_back(pattern);
    arguments.push_back(nullptr);
    *argc += 1;
    *argv = arguments.data();
  }
  std::error_code error;
  fs::create_directories(directory, error);
  for (std::size_t i = 0; i < fuzz_seed_corpus.size(); ++i) {
    std::ofstream file(fs::path(directory) / ("seed-" + std::to_string(i)), std::ios::binary | std::ios::trunc);
    file << fuzz_seed_corpus[i];
  }
  return 0;
}
