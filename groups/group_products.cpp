// Products of groups: direct products (disjoint actions side by side),
// semidirect products of cyclic groups, Frobenius groups C_p : C_q, and
// wreath products in the imprimitive action. Conventions in named_groups.hpp.
#include <numeric>
#include <string>

#include "groups/named_groups.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

constexpr std::size_t max_points = 100'000;

// g acting on points offset..offset+g.degree()-1 of `degree` points.
Permutation shifted(const Permutation& g, std::size_t offset, std::size_t degree) {
  std::vector<Point> images(degree);
  std::iota(images.begin(), images.end(), Point{0});
  for (std::size_t x = 0; x < g.degree(); ++x) images[offset + x] = static_cast<Point>(offset + g[static_cast<Point>(x)]);
  return Permutation::from_images(std::move(images));
}

std::uint64_t multiplicative_order(std::uint64_t r, std::uint64_t n) {
  if (n == 1) return 1;
  std::uint64_t x = r % n;
  std::uint64_t order = 1;
  while (x != 1) {
    x = x * r % n;
    ++order;
  }
  return order;
}

// C_n : C_m with b acting as x -> r*x (ord(r) = d | m); an extra m-cycle
// for b when d < m.
PermutationGroup affine_semidirect(std::size_t n, std::size_t m, std::uint64_t r, std::uint64_t d) {
  std::size_t degree = n + (d < m ? m : 0);
  if (degree > max_points) throw_bad_input("SemidirectProduct: too many points");
  std::vector<Point> a(degree), b(degree);
  std::iota(a.begin(), a.end(), Point{0});
  std::iota(b.begin(), b.end(), Point{0});
  for (std::size_t x = 0; x < n; ++x) {
    a[x] = static_cast<Point>((x + 1) % n);
    b[x] = static_cast<Point>((r * x) % n);
  }
  if (d < m) {
    for (std::size_t k = 0; k < m; ++k) b[n + k] = static_cast<Point>(n + (k + 1) % m);
  }
  return PermutationGroup({Permutation::from_images(std::move(a)), Permutation::from_images(std::move(b))});
}

}  // namespace

PermutationGroup direct_product(const std::vector<PermutationGroup>& factors) {
  if (factors.empty()) throw_bad_input("DirectProduct: needs at least one group");
  std::size_t degree = 0;
  for (const auto& f : factors) degree += f.degree();
  if (degree > max_points) throw_bad_input("DirectProduct: too many points");
  std::vector<Permutation> generators;
  std::size_t offset = 0;
  for (const auto& f : factors) {
    for (const auto& g : f.generators()) {
      if (!g.is_identity()) generators.push_back(shifted(g, offset, degree));
    }
    offset += f.degree();
  }
  if (generators.empty()) generators.push_back(Permutation(degree));
  return PermutationGroup(std::move(generators));
}

PermutationGroup semidirect_product_cyclic(long long n, long long m) {
  if (n < 1 || m < 1 || n > static_cast<long long>(max_points) || m > static_cast<long long>(max_points)) {
    throw_bad_input("SemidirectProduct: cyclic orders must be in 1.." + std::to_string(max_points));
  }
  if (n == 1) return cyclic_group(m);
  if (m == 1) return cyclic_group(n);
  // The smallest unit r mod n of the largest order d dividing m.
  std::uint64_t best_r = 1, best_d = 1;
  for (std::uint64_t r = 2; r < static_cast<std::uint64_t>(n); ++r) {
    if (std::gcd(r, static_cast<std::uint64_t>(n)) != 1) continue;
    std::uint64_t d = multiplicative_order(r, static_cast<std::uint64_t>(n));
    if (static_cast<std::uint64_t>(m) % d == 0 && d > best_d) {
      best_d = d;
      best_r = r;
      if (d == static_cast<std::uint64_t>(m)) break;
    }
  }
  return affine_semidirect(static_cast<std::size_t>(n), static_cast<std::size_t>(m), best_r, best_d);
}

PermutationGroup frobenius_group(long long p, long long q) {
  if (!is_prime(p)) throw_bad_input("FrobeniusGroup(p,q): p must be prime, got " + std::to_string(p));
  if (q < 1 || (p - 1) % q != 0) {
    throw_bad_input("FrobeniusGroup(p,q): q must divide p-1 = " + std::to_string(p - 1) + ", got " +
                    std::to_string(q));
  }
  if (p > static_cast<long long>(max_points)) throw_bad_input("FrobeniusGroup: p too large");
  for (std::uint64_t r = 1; r < static_cast<std::uint64_t>(p); ++r) {
    if (multiplicative_order(r, static_cast<std::uint64_t>(p)) == static_cast<std::uint64_t>(q)) {
      return affine_semidirect(static_cast<std::size_t>(p), static_cast<std::size_t>(q), r,
                               static_cast<std::uint64_t>(q));
    }
  }
  throw_check_failed("FrobeniusGroup: no unit of order q found");
}

PermutationGroup wreath_product(const PermutationGroup& g, const PermutationGroup& h) {
  const std::size_t n = g.degree();
  const std::size_t m = h.degree();
  if (n * m > max_points) throw_bad_input("WreathProduct: too many points (" + std::to_string(n * m) + ")");
  const std::size_t degree = n * m;
  std::vector<Permutation> generators;
  // H permutes the blocks.
  for (const auto& t : h.generators()) {
    if (t.is_identity()) continue;
    std::vector<Point> images(degree);
    for (std::size_t block = 0; block < m; ++block) {
      for (std::size_t x = 0; x < n; ++x) images[block * n + x] = static_cast<Point>(t[static_cast<Point>(block)] * n + x);
    }
    generators.push_back(Permutation::from_images(std::move(images)));
  }
  // G on the first block of each H-orbit on blocks.
  std::vector<bool> reached(m, false);
  for (std::size_t start = 0; start < m; ++start) {
    if (reached[start]) continue;
    std::vector<std::size_t> queue{start};
    reached[start] = true;
    for (std::size_t q = 0; q < queue.size(); ++q) {
      for (const auto& t : h.generators()) {
        std::size_t next = t[static_cast<Point>(queue[q])];
        if (!reached[next]) {
          reached[next] = true;
          queue.push_back(next);
        }
      }
    }
    for (const auto& s : g.generators()) {
      if (!s.is_identity()) generators.push_back(shifted(s, start * n, degree));
    }
  }
  if (generators.empty()) generators.push_back(Permutation(degree));
  return PermutationGroup(std::move(generators));
}

}  // namespace irrepkit
