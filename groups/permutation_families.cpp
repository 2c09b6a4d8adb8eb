// The families given directly by permutations: symmetric, alternating,
// cyclic, dihedral, dicyclic (quaternion), abelian, elementary abelian.
// Sizes and actions as documented in named_groups.hpp (GAP's conventions).
#include <flint/ulong_extras.h>

#include <numeric>
#include <string>

#include "groups/named_groups.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

constexpr long long max_points = 100'000;

void check_range(const char* family, long long value, long long low, long long high, const char* what) {
  if (value < low || value > high) {
    throw_bad_input(std::string(family) + ": " + what + " must be in " + std::to_string(low) + ".." +
                    std::to_string(high) + ", got " + std::to_string(value));
  }
}

// The cycle (first, first+1, ..., first+length-1) on `degree` points.
Permutation cycle_on(std::size_t degree, std::size_t first, std::size_t length) {
  std::vector<Point> images(degree);
  std::iota(images.begin(), images.end(), Point{0});
  for (std::size_t k = 0; k < length; ++k) {
    images[first + k] = static_cast<Point>(first + (k + 1) % length);
  }
  return Permutation::from_images(std::move(images));
}

}  // namespace

// FLINT's deterministic 64-bit tests: trial division up to sqrt(q) took
// minutes for primes near 2^63 (GF(9223372036854775783) hung).
bool is_prime(long long n) { return n >= 2 && n_is_prime(static_cast<ulong>(n)) != 0; }

bool is_prime_power(long long q, long long& p, int& k) {
  if (q < 2) return false;
  n_factor_t factors;
  n_factor_init(&factors);
  n_factor(&factors, static_cast<ulong>(q), 1);
  if (factors.num != 1) return false;
  p = static_cast<long long>(factors.p[0]);
  k = static_cast<int>(factors.exp[0]);
  return true;
}

PermutationGroup trivial_group() { return PermutationGroup({Permutation(1)}); }

PermutationGroup symmetric_group(long long n) {
  check_range("SymmetricGroup", n, 1, max_points, "the degree");
  if (n < 2) return trivial_group();
  std::size_t degree = static_cast<std::size_t>(n);
  return PermutationGroup({cycle_on(degree, 0, degree), cycle_on(degree, 0, 2)});
}

PermutationGroup alternating_group(long long n) {
  check_range("AlternatingGroup", n, 1, max_points, "the degree");
  if (n < 3) return trivial_group();
  std::size_t degree = static_cast<std::size_t>(n);
  // As GAP: (1,...,n) and (1,2,3) for odd n, (2,...,n) and (1,2,3) for even n.
  Permutation long_cycle = n % 2 == 1 ? cycle_on(degree, 0, degree) : cycle_on(degree, 1, degree - 1);
  return PermutationGroup({long_cycle, cycle_on(degree, 0, 3)});
}

PermutationGroup cyclic_group(long long n) {
  check_range("CyclicGroup", n, 1, max_points, "the order");
  if (n == 1) return trivial_group();
  std::size_t degree = static_cast<std::size_t>(n);
  return PermutationGroup({cycle_on(degree, 0, degree)});
}

PermutationGroup dihedral_group(long long order) {
  check_range("DihedralGroup", order, 2, 2 * max_points, "the order");
  if (order % 2 != 0) throw_bad_input("DihedralGroup: the order must be even, got " + std::to_string(order));
  long long n = order / 2;
  if (n == 1) return cyclic_group(2);
  if (n == 2) return PermutationGroup({Permutation::parse("(1,2)"), Permutation::parse("(3,4)")});
  std::size_t degree = static_cast<std::size_t>(n);
  std::vector<Point> reflection(degree);
  for (std::size_t x = 0; x < degree; ++x) reflection[x] = static_cast<Point>((degree - x) % degree);
  return PermutationGroup({cycle_on(degree, 0, degree), Permutation::from_images(std::move(reflection))});
}

PermutationGroup polygon_group(long long n) {
  check_range("D(n)", n, 1, max_points, "the number of vertices");
  return dihedral_group(2 * n);
}

PermutationGroup dicyclic_group(long long order) {
  check_range("DicyclicGroup", order, 4, 4 * 25'000, "the order");
  if (order % 4 != 0) {
    throw_bad_input("DicyclicGroup/QuaternionGroup: the order must be divisible by 4, got " + std::to_string(order));
  }
  // Elements a^i x^j as points i + j*2n; right multiplication by a and by x.
  std::size_t half = static_cast<std::size_t>(order / 2);  // 2n
  std::size_t n = half / 2;
  std::vector<Point> by_a(2 * half), by_x(2 * half);
  for (std::size_t i = 0; i < half; ++i) {
    by_a[i] = static_cast<Point>((i + 1) % half);                 // a^i * a
    by_a[half + i] = static_cast<Point>(half + (i + half - 1) % half);  // a^i x a = a^(i-1) x
    by_x[i] = static_cast<Point>(half + i);                        // a^i * x
    by_x[half + i] = static_cast<Point>((i + n) % half);           // a^i x x = a^(i+n)
  }
  return PermutationGroup({Permutation::from_images(std::move(by_a)), Permutation::from_images(std::move(by_x))});
}

PermutationGroup quaternion_group(long long order) { return dicyclic_group(order); }

PermutationGroup abelian_group(const std::vector<long long>& invariants) {
  std::size_t degree = 0;
  for (long long m : invariants) {
    if (m == 0) throw_bad_input("AbelianGroup: the invariant 0 gives an infinite group");
    check_range("AbelianGroup", m, 1, max_points, "each invariant");
    if (m > 1) degree += static_cast<std::size_t>(m);
    if (degree > static_cast<std::size_t>(max_points)) throw_bad_input("AbelianGroup: too many points");
  }
  if (degree == 0) return trivial_group();
  std::vector<Permutation> generators;
  std::size_t first = 0;
  for (long long m : invariants) {
    if (m <= 1) continue;
    generators.push_back(cycle_on(degree, first, static_cast<std::size_t>(m)));
    first += static_cast<std::size_t>(m);
  }
  return PermutationGroup(std::move(generators));
}

PermutationGroup elementary_abelian_group(long long order) {
  long long p = 0;
  int k = 0;
  if (order == 1) return trivial_group();
  if (!is_prime_power(order, p, k)) {
    throw_bad_input("ElementaryAbelianGroup: the order must be a prime power, got " + std::to_string(order));
  }
  return abelian_group(std::vector<long long>(static_cast<std::size_t>(k), p));
}

}  // namespace irrepkit
