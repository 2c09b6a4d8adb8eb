// A finite permutation group with its elements numbered 0..|G|-1.
//
// The numbering is the bijection rank/unrank through the stabiliser chain
// (no hash table): memory stays proportional to |G| (products are computed
// on the fly; a Cayley table is built only on request, for small groups).
// Index 0 is always the identity. The numbering is deterministic: the same
// generators give the same numbering on every run.
#pragma once

#include <cstdint>
#include <vector>

#include "groups/permutation.hpp"
#include "groups/permutation_group.hpp"

namespace irrepkit {

using ElementIndex = std::uint32_t;

class EnumeratedGroup {
 public:
  // Throws unable (naming the order and the limit) if |G| > element_limit.
  explicit EnumeratedGroup(const PermutationGroup& group,
                           std::uint64_t element_limit = 10'000'000);

  const PermutationGroup& group() const noexcept;
  std::uint64_t size() const noexcept;

  Permutation element(ElementIndex i) const;          // unrank
  ElementIndex index_of(const Permutation& g) const;  // rank; throws bad_input if g not in G
  ElementIndex multiply(ElementIndex a, ElementIndex b) const;  // index of a*b (a first)
  ElementIndex inverse(ElementIndex a) const;
  std::uint64_t element_order(ElementIndex a) const;

  // Row-major |G| x |G| table, table[a*|G|+b] = a*b. Throws unable if |G| is too
  // large to hold one (limit in elements of the table).
  std::vector<ElementIndex> cayley_table(std::uint64_t entry_limit = 100'000'000) const;

  // Further members. The index is mixed radix over the transversal positions
  // d_l (level 0 most significant): index = sum_l d_l * stride_l, and the
  // element is u_{k-1}[d_{k-1}] * ... * u_0[d_0] (deepest level first).
  static constexpr ElementIndex not_an_element = 0xFFFFFFFFu;
  std::size_t degree() const noexcept { return _degree; }
  std::size_t base_length() const noexcept { return _base.size(); }
  const std::vector<Point>& base() const noexcept { return _base; }
  // Unchecked kernels for inner loops (no allocation):
  // the transversal positions of a (base_length() entries),
  void digits_no_checks(ElementIndex a, std::uint32_t* digits) const noexcept;
  // the image of x under the element with these digits,
  Point image_no_checks(const std::uint32_t* digits, Point x) const noexcept;
  // the image of x under its inverse,
  Point inverse_image_no_checks(const std::uint32_t* digits, Point x) const noexcept;
  // the index of the element with these images of the base points (it is
  // assumed to lie in G; not_an_element if a base image is off its orbit),
  ElementIndex rank_base_images_no_checks(const Point* base_images) const noexcept;
  // all degree() images of element a.
  void images_no_checks(ElementIndex a, Point* images) const noexcept;

 private:
  struct LevelView {
    Point base_point;
    std::uint32_t radix;
    std::uint32_t stride;
    const std::int32_t* position;
    const Point* transversal;
    const Point* inverse_transversal;
  };
  PermutationGroup _group;
  std::uint64_t _size = 1;
  std::size_t _degree = 1;
  std::vector<Point> _base;
  std::vector<LevelView> _levels;
};

}  // namespace irrepkit
