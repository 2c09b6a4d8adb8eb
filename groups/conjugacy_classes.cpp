// Conjugacy classes by orbits of conjugation under the generators.
//
// Every element index gets a class number in one |G|-sized uint32 array.
// The orbit of x under conjugation by the generators s is explored
// breadth first; s^-1 x s is ranked from its base images
// s(x(s^-1(b_l))) alone, so the inner loop is table lookups without
// allocation. Classes are then renumbered: identity first, then by element
// order, class size, smallest element index (the first one met, since we
// scan indices in increasing order). Names follow GAP's ClassNames: order
// then a, b, ..., z, aa, ab, ...
#include "groups/conjugacy_classes.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

constexpr std::uint32_t unassigned = 0xFFFFFFFFu;
constexpr std::size_t max_base_length = 64;

// GAP's ClassNames letters: a..z, aa..zz, aaa, ... (bijective base 26).
// The former "26a" after "zz" differed from GAP and could repeat another
// class's name ("2" + "26a" = "226" + "a").
std::string letters_for(std::size_t i) {
  std::string name;
  for (std::size_t k = i + 1; k > 0; k = (k - 1) / 26) name.insert(name.begin(), static_cast<char>('a' + (k - 1) % 26));
  return name;
}

}  // namespace

ConjugacyClasses::ConjugacyClasses(const EnumeratedGroup& group) : _group(group) {
  const std::size_t n = static_cast<std::size_t>(_group.size());
  const std::size_t k = _group.base_length();
  const std::size_t degree = _group.degree();
  const std::vector<Point>& base = _group.base();
  // For each non-trivial generator s: its images, and s^-1 of the base points.
  std::vector<std::vector<Point>> s_images;
  std::vector<std::vector<Point>> s_inverse_of_base;
  for (const auto& s : _group.group().generators()) {
    if (s.is_identity()) continue;
    s_images.push_back(s.resized(degree).images());
    Permutation inverse = s.inverse();
    std::vector<Point> pulled(k);
    for (std::size_t l = 0; l < k; ++l) pulled[l] = inverse[base[l]];
    s_inverse_of_base.push_back(std::move(pulled));
  }
  _class_of.assign(n, unassigned);
  std::vector<ElementIndex> queue;
  queue.reserve(1024);
  std::vector<ElementIndex> first_index;
  std::vector<std::uint64_t> sizes;
  std::uint32_t digits[max_base_length];
  Point base_images[max_base_length];
  for (std::size_t start = 0; start < n; ++start) {
    if (_class_of[start] != unassigned) continue;
    std::uint32_t c = static_cast<std::uint32_t>(first_index.size());
    first_index.push_back(static_cast<ElementIndex>(start));
    queue.clear();
    queue.push_back(static_cast<ElementIndex>(start));
    _class_of[start] = c;
    for (std::size_t q = 0; q < queue.size(); ++q) {
      _group.digits_no_checks(queue[q], digits);
      for (std::size_t si = 0; si < s_images.size(); ++si) {
        const Point* s = s_images[si].data();
        const Point* pulled = s_inverse_of_base[si].data();
        for (std::size_t l = 0; l < k; ++l) base_images[l] = s[_group.image_no_checks(digits, pulled[l])];
        ElementIndex y = _group.rank_base_images_no_checks(base_images);
        if (y == EnumeratedGroup::not_an_element) throw_check_failed("conjugate left the group");
        if (_class_of[y] == unassigned) {
          _class_of[y] = c;
          queue.push_back(y);
        }
      }
    }
    sizes.push_back(queue.size());
  }
  // Sort: identity class first, then (element order, size, smallest index).
  const std::size_t count = first_index.size();
  std::vector<std::uint64_t> orders(count);
  for (std::size_t c = 0; c < count; ++c) orders[c] = _group.element_order(first_index[c]);
  std::vector<std::uint32_t> permutation(count);
  std::iota(permutation.begin(), permutation.end(), 0u);
  std::sort(permutation.begin(), permutation.end(), [&](std::uint32_t a, std::uint32_t b) {
    return std::make_tuple(orders[a], sizes[a], first_index[a]) <
           std::make_tuple(orders[b], sizes[b], first_index[b]);
  });
  std::vector<std::uint32_t> new_number(count);
  for (std::size_t i = 0; i < count; ++i) new_number[permutation[i]] = static_cast<std::uint32_t>(i);
  for (auto& c : _class_of) c = new_number[c];
  std::map<std::uint64_t, std::size_t> letters_used;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t old = permutation[i];
    ConjugacyClass cls;
    cls.representative = first_index[old];
    cls.size = sizes[old];
    cls.element_order = orders[old];
    cls.centralizer_order = _group.size() / sizes[old];
    cls.name = std::to_string(orders[old]) + letters_for(letters_used[orders[old]]++);
    _classes.push_back(std::move(cls));
  }
  for (std::uint32_t p : primes_dividing_order()) _power_maps.emplace(p, power_map(p));
}

const EnumeratedGroup& ConjugacyClasses::group() const noexcept { return _group; }

std::size_t ConjugacyClasses::size() const noexcept { return _classes.size(); }

const std::vector<ConjugacyClass>& ConjugacyClasses::classes() const noexcept { return _classes; }

std::uint32_t ConjugacyClasses::class_of(ElementIndex g) const {
  if (g >= _class_of.size()) {
    throw_bad_input("class_of: element index " + std::to_string(g) + " out of range for a group of order " +
                    std::to_string(_class_of.size()));
  }
  return _class_of[g];
}

std::uint32_t ConjugacyClasses::class_of(const Permutation& g) const { return _class_of[_group.index_of(g)]; }

const std::map<std::uint64_t, std::vector<std::uint32_t>>& ConjugacyClasses::power_maps() const {
  return _power_maps;
}

std::vector<std::uint32_t> ConjugacyClasses::power_map(long long p) const {
  std::vector<std::uint32_t> result(_classes.size());
  for (std::size_t c = 0; c < _classes.size(); ++c) {
    Permutation g = _group.element(_classes[c].representative);
    result[c] = _class_of[_group.index_of(g.power(p))];
  }
  return result;
}

std::uint64_t ConjugacyClasses::exponent() const {
  std::uint64_t result = 1;
  for (const auto& cls : _classes) result = std::lcm(result, cls.element_order);
  return result;
}

std::vector<ElementIndex> ConjugacyClasses::elements_of_class(std::uint32_t c) const {
  if (c >= _classes.size()) throw_bad_input("elements_of_class: no class " + std::to_string(c));
  std::vector<ElementIndex> result;
  result.reserve(static_cast<std::size_t>(_classes[c].size));
  for (std::size_t i = 0; i < _class_of.size(); ++i) {
    if (_class_of[i] == c) result.push_back(static_cast<ElementIndex>(i));
  }
  return result;
}

std::vector<std::uint32_t> ConjugacyClasses::primes_dividing_order() const {
  std::vector<std::uint32_t> primes;
  std::uint64_t rest = _group.size();
  for (std::uint64_t p = 2; p * p <= rest; ++p) {
    if (rest % p != 0) continue;
    primes.push_back(static_cast<std::uint32_t>(p));
    while (rest % p == 0) rest /= p;
  }
  if (rest > 1) primes.push_back(static_cast<std::uint32_t>(rest));
  return primes;
}

}  // namespace irrepkit
