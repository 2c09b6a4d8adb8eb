// The data about conjugacy classes that the Dixon-Schneider algorithm needs,
// held independently of how the group is stored, and the class
// multiplication coefficients it consumes.
//
// Conventions: classes are numbered 0..k-1 with class 0 the identity (as in
// groups/conjugacy_classes.hpp). powers[s][j] is the class of g_s^j for
// 0 <= j < element_orders[s] (so powers[s][0] = 0). Class multiplication
// coefficients are counted, not divided: row(j, l)[s] = #{x in C_j : x*g_l in C_s},
// where g_l is the representative of class l. For every irreducible chi,
//   sum_s row(j, l)[s] * chi(g_s) = omega_chi(K_j) * chi(g_l),
//   omega_chi(K_j) = |C_j| chi(g_j) / chi(1),
// i.e. the vector (chi(g_s))_s is a common eigenvector of the matrices
// M_j = (row(j, l)[s])_{l,s}.
#pragma once

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "groups/conjugacy_classes.hpp"
#include "groups/permutation.hpp"

namespace irrepkit {

struct ClassStructure {
  std::uint64_t group_order = 1;
  std::uint64_t exponent = 1;
  std::vector<std::uint64_t> sizes;
  std::vector<std::uint64_t> element_orders;
  std::vector<std::vector<std::uint32_t>> powers;

  std::size_t size() const noexcept { return sizes.size(); }
  // Class of g_s^j for any integer j (negative: powers of the inverse).
  std::uint32_t power_class(std::uint32_t s, long long j) const {
    const auto& row = powers[s];
    long long o = static_cast<long long>(row.size());
    long long r = j % o;
    if (r < 0) r += o;
    return row[static_cast<std::size_t>(r)];
  }
  std::uint32_t inverse_class(std::uint32_t s) const { return powers[s].back(); }
};

// Reads sizes and orders from `classes` and computes every power class
// g_s^j by repeated multiplication in the enumerated group.
ClassStructure class_structure_of(const ConjugacyClasses& classes);

// Where Dixon-Schneider gets its class multiplication coefficients from.
class ClassMultiplicationSource {
 public:
  virtual ~ClassMultiplicationSource() = default;
  // counts[s] = #{x in C_j : x * g_l in C_s}; the reference stays valid
  // for the lifetime of the source.
  virtual const std::vector<std::uint32_t>& row(std::uint32_t j, std::uint32_t l) = 0;
};

// Computes rows on demand from the enumerated group and caches them. A row
// costs min(|C_j|, |C_l|) products and class lookups: counting pairs
// (x, y) in C_j x C_l with xy in C_s both ways gives
//   |C_l| row(j, l)[s] = |C_j| row(l, j)[s],
// so the row of the larger class comes from that of the smaller one.
class GroupClassMultiplication final : public ClassMultiplicationSource {
 public:
  explicit GroupClassMultiplication(const ConjugacyClasses& classes);
  const std::vector<std::uint32_t>& row(std::uint32_t j, std::uint32_t l) override;
  std::uint64_t products_computed() const noexcept { return _products; }

 private:
  // Images of the base points under every element of class j, B per
  // element (B = base length), filled on first use: a product x*g_l then
  // costs B lookups and one rank instead of an unrank.
  const std::vector<Point>& base_images_of_class(std::uint32_t j);
  const std::vector<std::uint32_t>& direct_row(std::uint32_t j, std::uint32_t l);

  const ConjugacyClasses& _classes;
  std::vector<std::vector<Point>> _base_images;
  std::vector<std::vector<Point>> _representative_images;  // all degree() images of g_l
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::uint32_t>> _rows;
  std::uint64_t _products = 0;
};

}  // namespace irrepkit
