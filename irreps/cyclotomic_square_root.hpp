// Exact square roots in cyclotomic fields, for exact unitarisation.
//
// square_root_of_rational(q): a cyclotomic b with b^2 = q, always found
// (Kronecker-Weber for quadratic fields): for q >= 0 the nonnegative real root,
// for q < 0 the root E(4) * sqrt(-q). Built from sqrt(2) = E(8) - E(8)^3 and,
// for an odd prime p, the Gauss sum g_p = sum_{k=1}^{p-1} (k/p) E(p)^k, which is
// sqrt(p) for p = 1 mod 4 and E(4) sqrt(p) for p = 3 mod 4. The conductor of the
// result is the conductor of Q(sqrt(q)) (4 * squarefree part, or the squarefree
// part when it is 1 mod 4); throws unable when that conductor is above 2^16
// (or a factor above 2^15 cannot be resolved).
//
// cyclotomic_square_root(a): a cyclotomic b with b^2 = a when one is found, the
// positive real root for a positive real a: a rational, or a in a quadratic
// field Q(sqrt t) with a rational-square norm (then sqrt(a) = sqrt(x) + sqrt(y)
// with x + y = a + a', 4xy = (a - a')^2, x, y rational). nullopt otherwise
// (which does not prove that no cyclotomic root exists), also when the root
// would need a field beyond Cyclotomic::max_conductor.
#pragma once

#include <optional>

#include "lib/cyclotomic.hpp"
#include "lib/rational.hpp"

namespace irrepkit {

Cyclotomic square_root_of_rational(const Rational& q);

std::optional<Cyclotomic> cyclotomic_square_root(const Cyclotomic& a);

}  // namespace irrepkit
