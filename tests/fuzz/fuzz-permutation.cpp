// Fuzz target: permutations in GAP cycle notation (Permutation::parse).
// irrepkit::Error is the accepted failure; any other exception, a crash, or a
// parsed permutation that does not print and parse back to itself is a finding.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "groups/permutation.hpp"
#include "lib/error.hpp"

// Declared first: a namespace-scope const has internal linkage otherwise.
extern const std::vector<std::string> fuzz_seed_corpus;
const std::vector<std::string> fuzz_seed_corpus = {
    "()",
    "(1,2)",
    "(1,2,3)",
    "(1,2)(3,4)",
    "(1,3)(2,4,5)",
    " ( 1 , 2 ) ( 3 , 4 ) ",
    "(10,20,30)(40,50)",
    "(1)",
    "(1,2)(2,3)",
    "(1,1000000)",
    "(0,1)",
    "(1,2",
    "(1,,2)",
    "(-1,2)",
    // regression inputs found by fuzzing go below
};

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    irrepkit::Permutation p = irrepkit::Permutation::parse(text);
    // A permutation of 0..n-1, printing and parsing back to itself.
    std::vector<bool> seen(p.degree(), false);
    for (irrepkit::Point image : p.images()) {
      if (image >= p.degree() || seen[image]) std::abort();
      seen[image] = true;
    }
    if (!(irrepkit::Permutation::parse(p.to_cycle_string()) == p)) std::abort();
    if (!(p * p.inverse()).is_identity()) std::abort();
  } catch (const irrepkit::Error&) {
  }
  return 0;
}
