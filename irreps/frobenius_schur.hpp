// Frobenius-Schur indicators: nu(chi) = (1/|G|) sum_s |C_s| chi(g_s^2),
// computed exactly. 1: chi is afforded by a real representation; 0: chi is
// not real-valued; -1: chi is real but only quaternionic.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lib/cyclotomic.hpp"

namespace irrepkit {

// square_classes[s] = class of g_s^2. Throws check_failed (naming the
// character by `label`) if the result is not in {-1, 0, 1}.
int frobenius_schur_indicator(const std::vector<std::uint64_t>& class_sizes,
                              const std::vector<std::uint32_t>& square_classes,
                              std::uint64_t group_order, const std::vector<Cyclotomic>& values,
                              const std::string& label);

}  // namespace irrepkit
