// Exact Frobenius-Schur indicators; see frobenius_schur.hpp.
#include "irreps/frobenius_schur.hpp"

#include "irreps/conductor_grouped_sum.hpp"
#include "lib/error.hpp"

namespace irrepkit {

int frobenius_schur_indicator(const std::vector<std::uint64_t>& class_sizes,
                              const std::vector<std::uint32_t>& square_classes,
                              std::uint64_t group_order, const std::vector<Cyclotomic>& values,
                              const std::string& label) {
  ConductorGroupedSum sum;
  for (std::size_t s = 0; s < class_sizes.size(); ++s) {
    sum.add_product(values[square_classes[s]], Cyclotomic(static_cast<long>(class_sizes[s])));
  }
  Cyclotomic total = sum.total();
  for (int nu : {-1, 0, 1}) {
    if (total == Cyclotomic(static_cast<long>(nu) * static_cast<long>(group_order))) return nu;
  }
  throw_check_failed("Frobenius-Schur indicator of " + label + " is " + total.to_string() + "/" +
                     std::to_string(group_order) + ", not -1, 0 or 1");
}

}  // namespace irrepkit
