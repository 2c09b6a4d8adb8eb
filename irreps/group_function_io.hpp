// Reading a function f: G -> C from text, for `irrepkit fourier`.
//
// Accepted forms (values in the EnumeratedGroup's element order):
//  - JSON: a list of numbers or [re, im] pairs, e.g. [1, 0.5, [0, -1]];
//  - plain text: one value a line, "re" or "re im" (blank lines and lines
//    starting with '#' are skipped).
// Rejected with bad_input naming the source and the line or JSON position:
// garbage, NaN or infinite values, and (if expected_length is given) a wrong
// number of values.
#pragma once

#include <complex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irrepkit {

std::vector<std::complex<double>> parse_group_function(std::string_view text, const std::string& source_name,
                                                       std::optional<std::size_t> expected_length = std::nullopt);

}  // namespace irrepkit
