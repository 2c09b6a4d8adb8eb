// A standalone driver for the fuzz targets when the compiler has no libFuzzer
// (gcc builds): feeds each target its seed corpus, then seeded random
// mutations of it (byte flips, insertions, deletions, splices), for a bounded
// number of inputs. With clang, the same targets link against libFuzzer
// instead (meson option fuzz_engine=libfuzzer, tests/fuzz/libfuzzer_seed_corpus.cpp).
//
// Usage: fuzz-X [iterations [seed]]   mutate the seed corpus (default 20000 inputs)
//        fuzz-X FILE...               run each file once (reproduce a crash)
// A crash is the failure signal; the input under test is kept in
// /tmp/irrepkit-fuzz-last-input-<pid>, so it can become a regression case.
#include <unistd.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
// Seed inputs, defined next to each target.
extern const std::vector<std::string> fuzz_seed_corpus;

namespace {

bool is_number(const char* text) {
  if (*text == '\0') return false;
  for (; *text != '\0'; ++text) {
    if (!std::isdigit(static_cast<unsigned char>(*text))) return false;
  }
  return true;
}

void run_one(const std::string& input, const std::string& keep_path) {
  {
    std::ofstream last(keep_path, std::ios::binary | std::ios::trunc);
    last << input;
  }
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && !is_number(argv[1])) {
    for (int i = 1; i < argc; ++i) {
      std::ifstream in(argv[i], std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "fuzz driver: cannot read %s\n", argv[i]);
        return 2;
      }
      std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      std::printf("fuzz driver: running %s (%zu bytes)\n", argv[i], input.size());
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    }
    std::printf("fuzz driver: done, no crash\n");
    return 0;
  }
  const long iterations = argc > 1 ? std::atol(argv[1]) : 20000;
  const unsigned long long seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20261203ull;
  const std::string last_input = "/tmp/irrepkit-fuzz-last-input-" + std::to_string(::getpid());
  std::printf("fuzz driver: %ld inputs, seed %llu, input under test kept in %s\n", iterations, seed,
              last_input.c_str());
  std::fflush(stdout);
  std::mt19937_64 random(seed);
  const std::string alphabet = "()[],;+-*/^@0123456789 EGroupSymmetricCyclicGF.\"{}:abZ\n\t\\eE-";
  std::vector<std::string> pool = fuzz_seed_corpus;
  if (pool.empty()) pool.push_back("");
  for (const auto& s : fuzz_seed_corpus) run_one(s, last_input);
  for (long n = 0; n < iterations; ++n) {
    std::string input = pool[random() % pool.size()];
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = input.empty() ? 0 : random() % (input.size() + 1);
      switch (random() % 6) {
        case 0:
          if (at < input.size()) input[at] = static_cast<char>(random());
          break;
        case 1:
          input.insert(at, 1, alphabet[random() % alphabet.size()]);
          break;
        case 2:
          if (at < input.size()) input.erase(at, 1 + random() % 3);
          break;
        case 3: {
          const auto& other = pool[random() % pool.size()];
          if (!other.empty()) input.insert(at, other.substr(random() % other.size(), 1 + random() % 16));
          break;
        }
        case 4:  // duplicate a piece (nesting, long lists)
          if (at < input.size()) input.insert(at, input.substr(at, 1 + random() % 8));
          break;
        default:
          input.insert(at, std::to_string(static_cast<long long>(random() % 2000000) - 1000));
      }
    }
    if (input.size() > 4096) input.resize(4096);
    run_one(input, last_input);
    if (n % 7 == 0 && input.size() < 512) pool.push_back(input);
  }
  std::remove(last_input.c_str());
  std::printf("fuzz driver: done, no crash\n");
  return 0;
}
