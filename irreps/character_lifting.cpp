// Lifting modular characters to exact cyclotomic values; see character_lifting.hpp.
#include "irreps/character_lifting.hpp"

#include <algorithm>
#include <string>

#include "lib/error.hpp"

namespace irrepkit {

std::uint64_t lift_degree(const ClassStructure& structure, const PrimeField& field,
                          const ModularVector& normalised) {
  mp_limb_t norm = modular_inner_product(structure, field, normalised, normalised);
  if (norm == 0) {
    throw_check_failed("character lifting: a modular character has norm 0 mod " +
                       std::to_string(field.prime()));
  }
  mp_limb_t square = field.mul(field.from_unsigned(structure.group_order), field.inv(norm));
  const std::uint64_t n = structure.group_order;
  for (std::uint64_t d = 1; d * d <= n; ++d) {
    if (n % d == 0 && field.mul(field.from_unsigned(d), field.from_unsigned(d)) == square) return d;
  }
  throw_check_failed("character lifting: no divisor d of |G| = " + std::to_string(n) +
                     " has d^2 = " + std::to_string(square) + " mod " + std::to_string(field.prime()));
}

LiftedCharacter lift_character(const ClassStructure& structure, const PrimeField& field,
                               const ModularVector& normalised, std::uint64_t degree) {
  const std::size_t k = structure.size();
  const mp_limb_t d = field.from_unsigned(degree);
  LiftedCharacter result;
  result.character.degree = degree;
  result.character.values.resize(k);
  result.multiplicities.resize(k);
  std::vector<bool> done(k, false);
  // Largest element orders first: the multiplicities on the class of g^m
  // follow from those of g (the eigenvalues of rho(g^m) are the m-th powers),
  // so one transform per maximal cyclic subgroup (up to conjugacy) suffices.
  std::vector<std::uint32_t> order(k);
  for (std::uint32_t s = 0; s < k; ++s) order[s] = s;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return structure.element_orders[a] > structure.element_orders[b];
  });
  std::vector<mp_limb_t> values;          // chi(g^j) mod p
  std::vector<mp_limb_t> inverse_powers;  // zeta_o^(-t)
  for (std::uint32_t s : order) {
    if (done[s]) continue;
    const std::uint64_t o = structure.element_orders[s];
    values.resize(o);
    for (std::uint64_t j = 0; j < o; ++j) values[j] = field.mul(d, normalised[structure.powers[s][j]]);
    mp_limb_t zeta_inverse = field.inv(field.root_of_unity_of_order(o));
    inverse_powers.resize(o);
    mp_limb_t power = 1;
    for (std::uint64_t t = 0; t < o; ++t) {
      inverse_powers[t] = power;
      power = field.mul(power, zeta_inverse);
    }
    const mp_limb_t o_inverse = field.inv(field.from_unsigned(o));
    auto& multiplicities = result.multiplicities[s];
    multiplicities.assign(o, 0);
    std::uint64_t total = 0;
    for (std::uint64_t l = 0; l < o; ++l) {
      mp_limb_t sum = 0;
      std::uint64_t index = 0;  // j*l mod o
      for (std::uint64_t j = 0; j < o; ++j) {
        sum = field.add(sum, field.mul(values[j], inverse_powers[index]));
        index += l;
        if (index >= o) index -= o;
      }
      mp_limb_t m = field.mul(sum, o_inverse);
      if (m > degree) {
        throw_check_failed("character lifting: eigenvalue multiplicity " + std::to_string(m) + " mod " +
                           std::to_string(field.prime()) + " of E(" + std::to_string(o) + ")^" +
                           std::to_string(l) + " on class " + std::to_string(s) +
                           " is not in [0, " + std::to_string(degree) + "]");
      }
      multiplicities[l] = m;
      total += m;
    }
    if (total != degree) {
      throw_check_failed("character lifting: the eigenvalue multiplicities on class " + std::to_string(s) +
                         " add up to " + std::to_string(total) + ", not the degree " + std::to_string(degree));
    }
    done[s] = true;
    // Classes of g^m: eigenvalue E(o)^l of rho(g) gives E(o)^(l m) = E(o')^(l m / (o/o')).
    for (std::uint64_t m = 2; m < o; ++m) {
      const std::uint32_t c = structure.powers[s][m];
      if (done[c]) continue;
      const std::uint64_t power_order = structure.element_orders[c];
      const std::uint64_t step = o / power_order;
      auto& derived = result.multiplicities[c];
      derived.assign(power_order, 0);
      for (std::uint64_t l = 0; l < o; ++l) {
        const std::uint64_t exponent = static_cast<std::uint64_t>((static_cast<unsigned __int128>(l) * m) % o);
        derived[exponent / step] += multiplicities[l];
      }
      done[c] = true;
    }
  }
  for (std::uint32_t s = 0; s < k; ++s) {
    const auto& multiplicities = result.multiplicities[s];
    std::vector<long long> coefficients(multiplicities.begin(), multiplicities.end());
    result.character.values[s] = Cyclotomic::from_coefficients(structure.element_orders[s], coefficients);
  }
  return result;
}

}  // namespace irrepkit
