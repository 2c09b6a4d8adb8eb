// Fuzz target: function files of `irrepkit fourier --function` (JSON lists of
// numbers or [re, im] pairs, or one value a line), parse_group_function.
// irrepkit::Error is the accepted failure; any other exception, a crash, a
// non-finite value accepted, or an accepted wrong length is a finding.
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "irreps/group_function_io.hpp"
#include "lib/error.hpp"

// Declared first: a namespace-scope const has internal linkage otherwise.
extern const std::vector<std::string> fuzz_seed_corpus;
const std::vector<std::string> fuzz_seed_corpus = {
    "[1, 0.5, [0, -1]]",
    "[1, 2, 3]",
    "[[1, 0], [0, 1], [-1, 0]]",
    "[]",
    "1\n2\n3\n",
    "1 0\n0 1\n-1 -1\n",
    "# comment\n\n1.5e3\n-2.25\n0 1e-300\n",
    "NaN\n1\n2\n",
    "inf\n1\n2\n",
    "[1e999, 1, 2]",
    "[1, [2], 3]",
    "[1, \"a\", 3]",
    "{\"values\": [1,2,3]}",
    "1 2 3\n",
    "0x10\n1\n2\n",
    "\xff\xfe\x00\x01",
    // regression inputs found by fuzzing go below
    "[1, 1e999, 2]",  // nlohmann out_of_range escaped as an internal error (fixed in group_function_io.cpp)
};

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    std::vector<std::complex<double>> values = irrepkit::parse_group_function(text, "fuzz input");
    for (const std::complex<double>& z : values) {
      if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) std::abort();
    }
    // With the length it has, it is accepted again; with another, refused.
    if (irrepkit::parse_group_function(text, "fuzz input", values.size()) != values) std::abort();
    try {
      irrepkit::parse_group_function(text, "fuzz input", values.size() + 1);
      std::abort();
    } catch (const irrepkit::Error&) {
    }
  } catch (const irrepkit::Error&) {
  }
  return 0;
}
