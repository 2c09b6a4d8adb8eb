// Class structure and class multiplication coefficients from an enumerated
// group; see class_structure.hpp for the conventions.
#include "irreps/class_structure.hpp"

#include <numeric>
#include <string>

#include "lib/error.hpp"

namespace irrepkit {

ClassStructure class_structure_of(const ConjugacyClasses& classes) {
  const EnumeratedGroup& group = classes.group();
  ClassStructure result;
  result.group_order = group.size();
  const std::size_t k = classes.size();
  result.sizes.resize(k);
  result.element_orders.resize(k);
  result.powers.resize(k);
  std::uint64_t exponent = 1;
  for (std::size_t s = 0; s < k; ++s) {
    const ConjugacyClass& c = classes.classes()[s];
    result.sizes[s] = c.size;
    result.element_orders[s] = c.element_order;
    exponent = std::lcm(exponent, c.element_order);
    auto& row = result.powers[s];
    row.reserve(c.element_order);
    row.push_back(0);
    ElementIndex power = c.representative;
    for (std::uint64_t j = 1; j < c.element_order; ++j) {
      row.push_back(classes.class_of(power));
      power = group.multiply(power, c.representative);
    }
    if (power != 0) {  // index 0 is the identity
      throw_check_failed("class structure: the representative of class " + c.name +
                         " does not have order " + std::to_string(c.element_order));
    }
  }
  result.exponent = exponent;
  return result;
}

GroupClassMultiplication::GroupClassMultiplication(const ConjugacyClasses& classes)
    : _classes(classes), _base_images(classes.size()) {
  const EnumeratedGroup& group = classes.group();
  _representative_images.reserve(classes.size());
  for (const auto& c : classes.classes()) {
    std::vector<Point> images(group.degree());
    group.images_no_checks(c.representative, images.data());
    _representative_images.push_back(std::move(images));
  }
}

const std::vector<Point>& GroupClassMultiplication::base_images_of_class(std::uint32_t j) {
  auto& images = _base_images[j];
  if (!images.empty()) return images;
  const EnumeratedGroup& group = _classes.group();
  const std::size_t base_length = group.base_length();
  const auto& base = group.base();
  std::vector<ElementIndex> elements = _classes.elements_of_class(j);
  images.resize(elements.size() * base_length);
  std::vector<std::uint32_t> digits(base_length);
  for (std::size_t i = 0; i < elements.size(); ++i) {
    group.digits_no_checks(elements[i], digits.data());
    for (std::size_t t = 0; t < base_length; ++t) images[i * base_length + t] = group.image_no_checks(digits.data(), base[t]);
  }
  return images;
}

const std::vector<std::uint32_t>& GroupClassMultiplication::row(std::uint32_t j, std::uint32_t l) {
  const std::uint64_t size_j = _classes.classes()[j].size;
  const std::uint64_t size_l = _classes.classes()[l].size;
  if (size_l >= size_j) return direct_row(j, l);
  auto key = std::make_pair(j, l);
  auto found = _rows.find(key);
  if (found != _rows.end()) return found->second;
  const std::vector<std::uint32_t>& transposed = direct_row(l, j);
  std::vector<std::uint32_t> counts(transposed.size());
  for (std::size_t s = 0; s < counts.size(); ++s) {
    const std::uint64_t pairs = static_cast<std::uint64_t>(transposed[s]) * size_j;
    if (pairs % size_l != 0) {
      throw_check_failed("class multiplication: |C_j| row(l, j) is not divisible by |C_l| for classes " +
                         _classes.classes()[j].name + ", " + _classes.classes()[l].name);
    }
    counts[s] = static_cast<std::uint32_t>(pairs / size_l);
  }
  return _rows.emplace(key, std::move(counts)).first->second;
}

const std::vector<std::uint32_t>& GroupClassMultiplication::direct_row(std::uint32_t j, std::uint32_t l) {
  auto key = std::make_pair(j, l);
  auto found = _rows.find(key);
  if (found != _rows.end()) return found->second;
  const EnumeratedGroup& group = _classes.group();
  const std::size_t base_length = group.base_length();
  std::vector<std::uint32_t> counts(_classes.size(), 0);
  if (base_length == 0) {  // the trivial group
    counts[0] = 1;
    return _rows.emplace(key, std::move(counts)).first->second;
  }
  const std::vector<Point>& images = base_images_of_class(j);
  const Point* g = _representative_images[l].data();
  const std::uint32_t* class_of = _classes.class_of_all().data();
  const std::size_t elements = images.size() / base_length;
  std::vector<Point> product(base_length);
  for (std::size_t i = 0; i < elements; ++i) {
    const Point* x = images.data() + i * base_length;
    for (std::size_t t = 0; t < base_length; ++t) product[t] = g[x[t]];  // (x*g)(b) = g(x(b))
    ++counts[class_of[group.rank_base_images_no_checks(product.data())]];
  }
  _products += elements;
  return _rows.emplace(key, std::move(counts)).first->second;
}

}  // namespace irrepkit
