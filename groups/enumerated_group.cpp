// EnumeratedGroup: rank and unrank through the stabiliser chain (see
// enumerated_group.hpp). Ranking only follows the base points: for level l
// the point g(b_l) is pulled back through u_0^-1, ..., u_{l-1}^-1 of the
// digits found so far, and its orbit position is digit l. A base of length
// k costs O(k^2) table lookups per rank, no hashing and no allocation.
#include "groups/enumerated_group.hpp"

#include <string>

#include "lib/error.hpp"

namespace irrepkit {

namespace {
// |G| <= 2^32 means a base of at most 32 non-redundant points.
constexpr std::size_t max_base_length = 64;
}  // namespace

EnumeratedGroup::EnumeratedGroup(const PermutationGroup& group, std::uint64_t element_limit)
    : _group(group), _degree(group.degree()) {
  std::uint64_t order = group.order_if_small();
  std::uint64_t hard_limit = std::min<std::uint64_t>(element_limit, 0xFFFFFFF0ULL);
  if (order == 0 || order > hard_limit) {
    throw_unable("group of order " + group.order().to_string() + " is too large to enumerate (limit " +
                 std::to_string(hard_limit) + " elements)");
  }
  _size = order;
  const StabiliserChain& chain = _group.chain();
  if (chain.length() > max_base_length) throw_unable("base longer than " + std::to_string(max_base_length));
  std::uint64_t stride = 1;
  _levels.resize(chain.length());
  for (std::size_t l = chain.length(); l-- > 0;) {
    const auto& level = chain.levels()[l];
    _levels[l] = LevelView{level.base_point, static_cast<std::uint32_t>(level.orbit.size()),
                           static_cast<std::uint32_t>(stride), level.position.data(),
                           level.transversal.data(), level.inverse_transversal.data()};
    stride *= level.orbit.size();
  }
  _base.assign(chain.base().begin(), chain.base().end());
}

const PermutationGroup& EnumeratedGroup::group() const noexcept { return _group; }

std::uint64_t EnumeratedGroup::size() const noexcept { return _size; }

void EnumeratedGroup::digits_no_checks(ElementIndex a, std::uint32_t* digits) const noexcept {
  for (std::size_t l = 0; l < _levels.size(); ++l) {
    digits[l] = (a / _levels[l].stride) % _levels[l].radix;
  }
}

Point EnumeratedGroup::image_no_checks(const std::uint32_t* digits, Point x) const noexcept {
  for (std::size_t l = _levels.size(); l-- > 0;) {
    x = _levels[l].transversal[static_cast<std::size_t>(digits[l]) * _degree + x];
  }
  return x;
}

Point EnumeratedGroup::inverse_image_no_checks(const std::uint32_t* digits, Point x) const noexcept {
  for (std::size_t l = 0; l < _levels.size(); ++l) {
    x = _levels[l].inverse_transversal[static_cast<std::size_t>(digits[l]) * _degree + x];
  }
  return x;
}

ElementIndex EnumeratedGroup::rank_base_images_no_checks(const Point* base_images) const noexcept {
  std::uint32_t digits[max_base_length];
  ElementIndex index = 0;
  for (std::size_t l = 0; l < _levels.size(); ++l) {
    Point p = base_images[l];
    for (std::size_t m = 0; m < l; ++m) {
      p = _levels[m].inverse_transversal[static_cast<std::size_t>(digits[m]) * _degree + p];
    }
    std::int32_t d = _levels[l].position[p];
    if (d < 0) return not_an_element;
    digits[l] = static_cast<std::uint32_t>(d);
    index += digits[l] * _levels[l].stride;
  }
  return index;
}

void EnumeratedGroup::images_no_checks(ElementIndex a, Point* images) const noexcept {
  std::uint32_t digits[max_base_length];
  digits_no_checks(a, digits);
  for (Point x = 0; x < _degree; ++x) images[x] = image_no_checks(digits, x);
}

Permutation EnumeratedGroup::element(ElementIndex i) const {
  if (i >= _size) {
    throw_bad_input("element index " + std::to_string(i) + " out of range for a group of order " +
                    std::to_string(_size));
  }
  std::vector<Point> images(_degree);
  images_no_checks(i, images.data());
  return Permutation::from_images(std::move(images));
}

ElementIndex EnumeratedGroup::index_of(const Permutation& g) const {
  auto not_in_group = [&] { throw_bad_input("permutation " + g.to_cycle_string() + " is not in the group"); };
  Point base_images[max_base_length];
  for (std::size_t l = 0; l < _base.size(); ++l) {
    base_images[l] = g[_base[l]];
    // A g of larger degree can send a base point beyond the group's points,
    // where the orbit tables end (read past them, found by AddressSanitizer).
    if (base_images[l] >= _degree) not_in_group();
  }
  ElementIndex index = rank_base_images_no_checks(base_images);
  if (index == not_an_element || !(element(index) == g)) not_in_group();
  return index;
}

ElementIndex EnumeratedGroup::multiply(ElementIndex a, ElementIndex b) const {
  if (a >= _size || b >= _size) throw_bad_input("multiply: element index out of range");
  std::uint32_t da[max_base_length];
  std::uint32_t db[max_base_length];
  digits_no_checks(a, da);
  digits_no_checks(b, db);
  Point base_images[max_base_length];
  for (std::size_t l = 0; l < _base.size(); ++l) {
    base_images[l] = image_no_checks(db, image_no_checks(da, _base[l]));
  }
  return rank_base_images_no_checks(base_images);
}

ElementIndex EnumeratedGroup::inverse(ElementIndex a) const {
  if (a >= _size) throw_bad_input("inverse: element index out of range");
  std::uint32_t da[max_base_length];
  digits_no_checks(a, da);
  Point base_images[max_base_length];
  for (std::size_t l = 0; l < _base.size(); ++l) base_images[l] = inverse_image_no_checks(da, _base[l]);
  return rank_base_images_no_checks(base_images);
}

std::uint64_t EnumeratedGroup::element_order(ElementIndex a) const { return element(a).order(); }

std::vector<ElementIndex> EnumeratedGroup::cayley_table(std::uint64_t entry_limit) const {
  if (_size > entry_limit / _size) {
    throw_unable("Cayley table of a group of order " + std::to_string(_size) + " exceeds the limit of " +
                 std::to_string(entry_limit) + " entries");
  }
  const std::size_t n = static_cast<std::size_t>(_size);
  std::vector<ElementIndex> table(n * n);
  std::uint32_t db[max_base_length];
  Point base_images[max_base_length];
  // Row a: the images of the base points under a, then under each b.
  std::vector<Point> a_of_base(_base.size());
  for (std::size_t a = 0; a < n; ++a) {
    std::uint32_t da[max_base_length];
    digits_no_checks(static_cast<ElementIndex>(a), da);
    for (std::size_t l = 0; l < _base.size(); ++l) a_of_base[l] = image_no_checks(da, _base[l]);
    for (std::size_t b = 0; b < n; ++b) {
      digits_no_checks(static_cast<ElementIndex>(b), db);
      for (std::size_t l = 0; l < _base.size(); ++l) base_images[l] = image_no_checks(db, a_of_base[l]);
      table[a * n + b] = rank_base_images_no_checks(base_images);
    }
  }
  return table;
}

}  // namespace irrepkit
