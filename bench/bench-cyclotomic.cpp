// Benchmark of cyclotomic arithmetic: ns per multiplication, addition and
// CyclotomicSum::add_product in fields of conductor 7, 60, 420, 2520, 5040,
// for "sparse" operands (sums of 4 roots of unity, like character values)
// and "dense" ones (random coefficients -3..3 on every E(n)^k).
// Usage: bench-cyclotomic [seed]. Prints one line per field and kind
// (thread CPU time per operation).
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "lib/cyclotomic.hpp"

using irrepkit::Cyclotomic;
using irrepkit::CyclotomicSum;

namespace {

std::vector<Cyclotomic> make_operands(std::mt19937_64& random, std::uint64_t n, bool dense, int count) {
  std::vector<Cyclotomic> result;
  std::uniform_int_distribution<long long> exponent(0, static_cast<long long>(n) - 1);
  std::uniform_int_distribution<long long> coefficient(-3, 3);
  for (int i = 0; i < count; ++i) {
    if (dense) {
      std::vector<long long> c(n);
      for (auto& v : c) v = coefficient(random);
      result.push_back(Cyclotomic::from_coefficients(n, c));
    } else {
      Cyclotomic x;
      for (int t = 0; t < 4; ++t) x += Cyclotomic::root_of_unity(n, exponent(random));
      result.push_back(x);
    }
  }
  return result;
}

template <class Operation>
double nanoseconds_per_operation(Operation&& operation, long repetitions) {
  // CPU time of this thread: the machine is shared, wall time is noisy.
  timespec start{}, stop{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
  operation(repetitions);
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &stop);
  double elapsed = static_cast<double>(stop.tv_sec - start.tv_sec) * 1e9 + static_cast<double>(stop.tv_nsec - start.tv_nsec);
  return elapsed / static_cast<double>(repetitions);
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t seed = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1;
  std::mt19937_64 random(seed);
  std::printf("seed %llu\n", static_cast<unsigned long long>(seed));
  std::printf("%-8s %-7s %6s %12s %12s %14s\n", "n", "kind", "terms", "mul ns/op", "add ns/op", "sum+= ns/op");
  for (std::uint64_t n : {7, 60, 420, 2520, 5040}) {
    for (bool dense : {false, true}) {
      const int count = 16;
      std::vector<Cyclotomic> x = make_operands(random, n, dense, count);
      double terms = 0;
      for (const auto& v : x) terms += static_cast<double>(v.coefficients().size());
      terms /= count;
      // Aim for ~0.2 s per measurement.
      long repetitions = dense ? (n >= 2520 ? 40 : n >= 420 ? 400 : 20000) : 100000;
      std::size_t sink = 0;
      double multiply = nanoseconds_per_operation(
          [&](long r) {
            for (long i = 0; i < r; ++i) sink += (x[i % count] * x[(i * 7 + 3) % count]).conductor();
          },
          repetitions);
      double add = nanoseconds_per_operation(
          [&](long r) {
            for (long i = 0; i < r; ++i) sink += (x[i % count] + x[(i * 7 + 3) % count]).conductor();
          },
          repetitions);
      double accumulate = nanoseconds_per_operation(
          [&](long r) {
            CyclotomicSum sum;
            for (long i = 0; i < r; ++i) sum.add_product(x[i % count], x[(i * 7 + 3) % count]);
            sink += sum.value().conductor();
          },
          repetitions);
      std::printf("%-8llu %-7s %6.0f %12.0f %12.0f %14.0f\n", static_cast<unsigned long long>(n),
                  dense ? "dense" : "sparse", terms, multiply, add, accumulate);
      if (sink == 42) std::printf(" ");
    }
  }
  return 0;
}
