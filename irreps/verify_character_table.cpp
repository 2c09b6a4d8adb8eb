// Exact verification of character tables; see verify_character_table.hpp.
#include "irreps/verify_character_table.hpp"

#include "irreps/conductor_grouped_sum.hpp"
#include "irreps/frobenius_schur.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

std::string character_name(std::size_t i) { return "X." + std::to_string(i + 1); }

}  // namespace

ClassSummary class_summary_of(const ConjugacyClasses& classes) {
  ClassSummary summary;
  summary.group_order = classes.group().size();
  summary.square_classes = classes.power_map(2);
  for (const auto& c : classes.classes()) {
    summary.sizes.push_back(c.size);
    summary.names.push_back(c.name);
  }
  return summary;
}

void verify_character_table(const ClassSummary& summary, const std::vector<Character>& characters) {
  const std::size_t k = summary.sizes.size();
  const std::uint64_t n = summary.group_order;
  if (characters.size() != k) {
    throw_check_failed("character table: " + std::to_string(characters.size()) + " characters for " +
                       std::to_string(k) + " classes");
  }
  std::uint64_t sum_of_squares = 0;
  for (std::size_t i = 0; i < k; ++i) {
    const Character& chi = characters[i];
    if (chi.values.size() != k) {
      throw_check_failed("character table: " + character_name(i) + " has " +
                         std::to_string(chi.values.size()) + " values for " + std::to_string(k) + " classes");
    }
    if (chi.degree == 0 || !(chi.values[0] == Cyclotomic(static_cast<long>(chi.degree)))) {
      throw_check_failed("character table: " + character_name(i) + " has value " + chi.values[0].to_string() +
                         " on the identity but degree " + std::to_string(chi.degree));
    }
    if (n % chi.degree != 0) {
      throw_check_failed("character table: the degree " + std::to_string(chi.degree) + " of " +
                         character_name(i) + " does not divide |G| = " + std::to_string(n));
    }
    sum_of_squares += chi.degree * chi.degree;
  }
  if (sum_of_squares != n) {
    throw_check_failed("character table: the squared degrees add up to " + std::to_string(sum_of_squares) +
                       ", not |G| = " + std::to_string(n));
  }
  // Row orthogonality.
  std::vector<std::vector<Cyclotomic>> weighted_conjugates(k);  // |C_s| conj(chi(g_s))
  for (std::size_t i = 0; i < k; ++i) {
    auto& row = weighted_conjugates[i];
    row.reserve(k);
    for (std::size_t s = 0; s < k; ++s)
      row.push_back(characters[i].values[s].conjugate() * Cyclotomic(static_cast<long>(summary.sizes[s])));
  }
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = i; j < k; ++j) {
      ConductorGroupedSum sum;
      for (std::size_t s = 0; s < k; ++s) sum.add_product(characters[i].values[s], weighted_conjugates[j][s]);
      Cyclotomic expected = i == j ? Cyclotomic(static_cast<long>(n)) : Cyclotomic(0L);
      Cyclotomic total = sum.total();
      if (!(total == expected)) {
        throw_check_failed("character table: row orthogonality fails for " + character_name(i) + " and " +
                           character_name(j) + ": sum |C| chi conj(psi) = " + total.to_string() +
                           ", expected " + expected.to_string());
      }
    }
  }
  // Column orthogonality.
  std::vector<std::vector<Cyclotomic>> conjugate_columns(k);  // conj(chi_i(g_t)), indexed [t][i]
  for (std::size_t t = 0; t < k; ++t)
    for (std::size_t i = 0; i < k; ++i) conjugate_columns[t].push_back(characters[i].values[t].conjugate());
  for (std::size_t s = 0; s < k; ++s) {
    for (std::size_t t = s; t < k; ++t) {
      CyclotomicSum sum;  // all terms lie in Q(zeta_lcm(o_s, o_t))
      for (std::size_t i = 0; i < k; ++i) {
        const Cyclotomic& a = characters[i].values[s];
        const Cyclotomic& b = conjugate_columns[t][i];
        if (a.is_zero() || b.is_zero()) continue;
        sum.add_product(a, b);
      }
      Cyclotomic total = sum.value();
      Cyclotomic expected = s == t ? Cyclotomic(static_cast<long>(n / summary.sizes[s])) : Cyclotomic(0L);
      if (!(total == expected)) {
        throw_check_failed("character table: column orthogonality fails for classes " + summary.names[s] +
                           " and " + summary.names[t] + ": sum chi conj(chi) = " + total.to_string() +
                           ", expected " + expected.to_string());
      }
    }
  }
  // Indicators.
  for (std::size_t i = 0; i < k; ++i) {
    int nu = frobenius_schur_indicator(summary.sizes, summary.square_classes, n, characters[i].values,
                                       character_name(i));
    if (nu != characters[i].indicator) {
      throw_check_failed("character table: " + character_name(i) + " has Frobenius-Schur indicator " +
                         std::to_string(nu) + ", not the stored " + std::to_string(characters[i].indicator));
    }
  }
}

}  // namespace irrepkit
