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
    : _classes(classes), _elements(classes.size()) {
  _representatives.reserve(classes.size());
  for (const auto& c : classes.classes()) _representatives.push_back(c.representative);
}

const std::vector<std::uint32_t>& GroupClassMultiplication::row(std::uint32_t j, std::uint32_t l) {
  auto key = std::make_pair(j, l);
  auto found = _rows.find(key);
  if (found != _rows.end()) return found->second;
  auto& elements = _elements[j];
  if (elements.empty()) elements = _classes.elements_of_class(j);
  const EnumeratedGroup& group = _classes.group();
  std::vector<std::uint32_t> counts(_classes.size(), 0);
  const ElementIndex g = _representatives[l];
  for (ElementIndex x : elements) ++counts[_classes.class_of(group.multiply(x, g))];
  _products += elements.size();
  return _rows.emplace(key, std::move(counts)).first->second;
}

}  // namespace irrepkit
