// Benchmark: seconds to build the stabiliser chain, enumerate and compute the
// conjugacy classes (with power maps) of some larger groups, one core.
// Usage: bench-classes [GROUP ...]  (default: A9 M22 PSL(2,49) M12 M11 S10)
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "groups/conjugacy_classes.hpp"
#include "groups/group_parser.hpp"
#include "lib/error.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> groups;
  for (int i = 1; i < argc; ++i) groups.emplace_back(argv[i]);
  if (groups.empty()) groups = {"A9", "M22", "PSL(2,49)", "M12", "M11", "S10", "GL(3,4)"};
  std::printf("%-12s %10s %6s %10s %10s %10s %10s\n", "group", "order", "base", "chain s", "classes", "classes s",
              "total s");
  for (const auto& text : groups) {
    try {
      auto start = std::chrono::steady_clock::now();
      irrepkit::PermutationGroup group = irrepkit::parse_group(text);
      double chain = seconds_since(start);
      auto classes_start = std::chrono::steady_clock::now();
      irrepkit::EnumeratedGroup enumerated(group);
      irrepkit::ConjugacyClasses classes(enumerated);
      double classes_seconds = seconds_since(classes_start);
      std::printf("%-12s %10llu %6zu %10.4f %10zu %10.4f %10.4f\n", text.c_str(),
                  static_cast<unsigned long long>(enumerated.size()), enumerated.base_length(), chain, classes.size(),
                  classes_seconds, seconds_since(start));
    } catch (const irrepkit::Error& e) {
      std::printf("%-12s error: %s\n", text.c_str(), e.what());
    }
  }
  return 0;
}
