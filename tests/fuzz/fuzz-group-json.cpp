// Fuzz target: group files (parse_group("@path")): JSON {"generators": [...]}
// and GAP .g text. Each input is written to a temporary file, which
// parse_group reads as a user's @file. irrepkit::Error is the accepted
// failure; any other exception or a crash is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "groups/group_parser.hpp"
#include "lib/error.hpp"

// Declared first: a namespace-scope const has internal linkage otherwise.
extern const std::vector<std::string> fuzz_seed_corpus;
const std::vector<std::string> fuzz_seed_corpus = {
    "{\"generators\": [[2,3,1],[2,1,3]]}",
    "{\"generators\": []}",
    "{\"generators\": [[1]]}",
    "{\"generators\": [[2,1],[1,2,4,3]]}",
    "  {\"generators\": [[2,3,4,5,1]], \"name\": \"C5\"}\n",
    "{\"generators\": [[2,3,1],[2,1,3]], \"generators\": [[1]]}",
    "{\"generators\": [[0,1]]}",
    "{\"generators\": [[1,1]]}",
    "{\"generators\": [[1.5,2]]}",
    "{\"generators\": [[-1]]}",
    "{\"generators\": [[18446744073709551615]]}",
    "{\"generators\": {\"a\": 1}}",
    "{}",
    "{\"generators\": [[2,3,1]]",
    "Group((1,2,3),(1,2));\n",
    "# a comment\nSymmetricGroup(4);",
    "Group([2,3,1],[2,1,3]);",
    // regression inputs found by fuzzing go below
};

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("irrepkit-fuzz-group-" + std::to_string(::getpid()) + ".json"))
          .string();
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    irrepkit::PermutationGroup group = irrepkit::parse_group("@" + path);
    if (group.degree() == 0) std::abort();
  } catch (const irrepkit::Error&) {
  }
  std::remove(path.c_str());
  return 0;
}
