// Simultaneous eigenspaces of the class matrices modulo p, with the known
// characters (trivial, Galois conjugates, linear twists) projected out
// first. See eigenspace_splitting.hpp.
//
// A space is held as a basis in reduced row echelon form (rows are vectors
// in F_p^k, one coordinate per class) with its pivot columns. For a space V
// invariant under M_j with RREF basis b_1..b_d and pivots P_1..P_d, the
// matrix of M_j on V is R[t][i] = (M_j b_i)[P_t] = sum_s row(j, P_t)[s] b_i[s]
// (Schneider: only the rows P_t of M_j are needed). Columns are the classes
// in order of size (identity first), so that pivots tend to be small
// classes, whose rows are cheap (see class_structure.hpp).
#include "irreps/eigenspace_splitting.hpp"

#include <flint/nmod_mat.h>
#include <flint/nmod_poly.h>
#include <flint/nmod_poly_factor.h>

#include <algorithm>
#include <deque>
#include <numeric>
#include <set>
#include <string>
#include <utility>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

// RAII for nmod_mat_t (internal: only this file does dense linear algebra mod p).
class NmodMatrix {
 public:
  NmodMatrix(slong rows, slong cols, mp_limb_t p) { nmod_mat_init(_m, rows, cols, p); }
  NmodMatrix(const NmodMatrix&) = delete;
  NmodMatrix& operator=(const NmodMatrix&) = delete;
  NmodMatrix(NmodMatrix&& other) noexcept {
    nmod_mat_init(_m, 0, 0, other._m->mod.n);
    nmod_mat_swap(_m, other._m);
  }
  NmodMatrix& operator=(NmodMatrix&& other) noexcept {
    nmod_mat_swap(_m, other._m);
    return *this;
  }
  ~NmodMatrix() { nmod_mat_clear(_m); }
  nmod_mat_struct* raw() noexcept { return _m; }
  const nmod_mat_struct* raw() const noexcept { return _m; }
  slong rows() const noexcept { return _m->r; }
  slong cols() const noexcept { return _m->c; }
  mp_limb_t& at(slong i, slong j) noexcept { return nmod_mat_entry(_m, i, j); }
  mp_limb_t at(slong i, slong j) const noexcept { return nmod_mat_entry(_m, i, j); }

 private:
  nmod_mat_t _m;
};

class NmodPolynomial {
 public:
  explicit NmodPolynomial(mp_limb_t p) { nmod_poly_init(_f, p); }
  NmodPolynomial(const NmodPolynomial&) = delete;
  NmodPolynomial& operator=(const NmodPolynomial&) = delete;
  ~NmodPolynomial() { nmod_poly_clear(_f); }
  nmod_poly_struct* raw() noexcept { return _f; }

 private:
  nmod_poly_t _f;
};

class NmodPolynomialFactors {
 public:
  NmodPolynomialFactors() { nmod_poly_factor_init(_f); }
  NmodPolynomialFactors(const NmodPolynomialFactors&) = delete;
  NmodPolynomialFactors& operator=(const NmodPolynomialFactors&) = delete;
  ~NmodPolynomialFactors() { nmod_poly_factor_clear(_f); }
  nmod_poly_factor_struct* raw() noexcept { return _f; }

 private:
  nmod_poly_factor_t _f;
};

struct Space {
  NmodMatrix basis;            // d x k, reduced row echelon form
  std::vector<slong> pivots;   // pivot column of each row
  std::size_t next_class = 0;  // position in the splitting order to try next
  // Classes whose matrix is known to be scalar on the space: those tried on
  // it or an ancestor, with their Galois families (see Splitter::split).
  std::vector<bool> scalar;
  std::size_t known_checked = 0;  // known characters already projected out
};

// Brings `basis` to RREF, drops zero rows, records pivots.
Space make_space(NmodMatrix basis, std::size_t next_class, std::size_t known_checked, std::vector<bool> scalar) {
  slong rank = nmod_mat_rref(basis.raw());
  NmodMatrix trimmed(rank, basis.cols(), basis.raw()->mod.n);
  std::vector<slong> pivots;
  for (slong i = 0; i < rank; ++i) {
    slong c = 0;
    while (c < basis.cols() && basis.at(i, c) == 0) ++c;
    pivots.push_back(c);
    for (slong s = 0; s < basis.cols(); ++s) trimmed.at(i, s) = basis.at(i, s);
  }
  return Space{std::move(trimmed), std::move(pivots), next_class, std::move(scalar), known_checked};
}

// Rows X[:, 0..m-1]^T * basis: the vectors with coordinates the null vectors.
NmodMatrix combine(const NmodMatrix& null_basis, slong nullity, const NmodMatrix& basis) {
  const slong d = basis.rows();
  const slong k = basis.cols();
  const mp_limb_t p = basis.raw()->mod.n;
  NmodMatrix coefficients(nullity, d, p);
  for (slong a = 0; a < nullity; ++a)
    for (slong i = 0; i < d; ++i) coefficients.at(a, i) = null_basis.at(i, a);
  NmodMatrix result(nullity, k, p);
  nmod_mat_mul(result.raw(), coefficients.raw(), basis.raw());
  return result;
}

class Splitter {
 public:
  Splitter(const ClassStructure& structure, ClassMultiplicationSource& coefficients,
           const PrimeField& field)
      : _structure(structure), _coefficients(coefficients), _field(field), _k(structure.size()) {
    for (std::uint64_t unit : field.unit_group_generators()) add_galois_permutation(unit);
    if (field.exponent > 2) add_galois_permutation(field.exponent - 1);  // complex conjugation
    _galois_family.resize(_k);
    for (std::uint32_t j = 0; j < _k; ++j) {
      const std::uint64_t o = structure.element_orders[j];
      for (std::uint64_t m = 1; m <= o; ++m) {
        if (std::gcd(m, o) != 1) continue;
        std::uint32_t c = structure.power_class(j, static_cast<long long>(m));
        auto& family = _galois_family[j];
        if (std::find(family.begin(), family.end(), c) == family.end()) family.push_back(c);
      }
    }
    _column_class.resize(_k);
    std::iota(_column_class.begin(), _column_class.end(), 0u);
    std::stable_sort(_column_class.begin(), _column_class.end(), [&](std::uint32_t a, std::uint32_t b) {
      return structure.sizes[a] < structure.sizes[b];
    });
    _order.resize(_k > 0 ? _k - 1 : 0);
    std::iota(_order.begin(), _order.end(), 1u);
    std::stable_sort(_order.begin(), _order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return structure.sizes[a] < structure.sizes[b];
    });
  }

  std::vector<ModularVector> run(SplittingStatistics& statistics) {
    const mp_limb_t p = _field.prime();
    add_known(ModularVector(_k, 1), false);
    NmodMatrix full(static_cast<slong>(_k), static_cast<slong>(_k), p);
    nmod_mat_one(full.raw());
    std::vector<Space> stack;
    stack.push_back(make_space(std::move(full), 0, 0, std::vector<bool>(_k, false)));
    while (!stack.empty() && _known.size() < _k) {
      Space space = std::move(stack.back());
      stack.pop_back();
      project_out_known(space);
      if (space.basis.rows() == 0) continue;
      if (space.basis.rows() == 1) {
        add_known(normalised_row(space.basis, 0), true);
        continue;
      }
      while (space.next_class < _order.size() && space.scalar[_order[space.next_class]]) ++space.next_class;
      if (space.next_class >= _order.size()) {
        throw_check_failed("Dixon-Schneider: a space of dimension " + std::to_string(space.basis.rows()) +
                           " is an eigenspace of every class matrix mod " + std::to_string(p));
      }
      std::vector<Space> parts = split(space);
      ++statistics.splits;
      for (auto& part : parts) stack.push_back(std::move(part));
    }
    if (_known.size() != _k) {
      throw_check_failed("Dixon-Schneider: found " + std::to_string(_known.size()) +
                         " modular characters for " + std::to_string(_k) + " classes");
    }
    statistics.found_by_splitting = _found_by_splitting;
    statistics.found_cheaply = _known.size() - _found_by_splitting - 1;
    return _known;
  }

 private:
  void add_galois_permutation(std::uint64_t unit) {
    std::vector<std::uint32_t> permutation(_k);
    for (std::uint32_t s = 0; s < _k; ++s)
      permutation[s] = _structure.power_class(s, static_cast<long long>(unit % _structure.element_orders[s]));
    for (const auto& existing : _galois)
      if (existing == permutation) return;
    std::vector<std::uint32_t> identity(_k);
    std::iota(identity.begin(), identity.end(), 0u);
    if (permutation != identity) _galois.push_back(std::move(permutation));
  }

  ModularVector normalised_row(const NmodMatrix& basis, slong i) const {
    ModularVector v(_k);
    mp_limb_t first = basis.at(i, 0);
    if (first == 0) {
      throw_check_failed("Dixon-Schneider: an eigenvector vanishes on the identity class mod " +
                         std::to_string(_field.prime()));
    }
    mp_limb_t inverse = _field.inv(first);
    for (std::size_t c = 0; c < _k; ++c) v[_column_class[c]] = _field.mul(basis.at(i, static_cast<slong>(c)), inverse);
    return v;
  }

  bool is_linear(const ModularVector& v) const {
    return modular_inner_product(_structure, _field, v, v) == _field.from_unsigned(_structure.group_order);
  }

  // Adds v and everything its closure under Galois conjugation and linear twists brings.
  void add_known(ModularVector v, bool from_splitting) {
    if (_seen.count(v)) {
      throw_check_failed("Dixon-Schneider: a character was found twice mod " + std::to_string(_field.prime()));
    }
    if (from_splitting) ++_found_by_splitting;
    std::deque<ModularVector> queue;
    auto insert = [&](ModularVector w) {
      if (_seen.insert(w).second) {
        if (_known.size() >= _k) {
          throw_check_failed("Dixon-Schneider: more modular characters than classes mod " +
                             std::to_string(_field.prime()));
        }
        _known.push_back(w);
        queue.push_back(std::move(w));
      }
    };
    insert(std::move(v));
    while (!queue.empty()) {
      ModularVector w = std::move(queue.front());
      queue.pop_front();
      const bool linear = is_linear(w);
      if (linear) _linear.push_back(w);
      for (const auto& permutation : _galois) {
        ModularVector conjugate(_k);
        for (std::size_t s = 0; s < _k; ++s) conjugate[s] = w[permutation[s]];
        insert(std::move(conjugate));
      }
      // Twists: a linear w times every known character, else w times every known linear one.
      std::vector<ModularVector> partners = linear ? _known : _linear;
      for (const auto& u : partners) {
        ModularVector product(_k);
        for (std::size_t s = 0; s < _k; ++s) product[s] = _field.mul(u[s], w[s]);
        insert(std::move(product));
      }
    }
  }

  // Replaces the space by its part orthogonal to the characters found since it was last cut.
  void project_out_known(Space& space) {
    const std::size_t known = _known.size();
    if (space.known_checked >= known) return;
    const mp_limb_t p = _field.prime();
    const slong d = space.basis.rows();
    const slong fresh = static_cast<slong>(known - space.known_checked);
    // Y[t][s] = |C_s| chi_t[s*];  constraints G = Y * B^T (fresh x d).
    NmodMatrix weighted(fresh, static_cast<slong>(_k), p);
    for (slong t = 0; t < fresh; ++t) {
      const ModularVector& chi = _known[space.known_checked + static_cast<std::size_t>(t)];
      for (std::uint32_t c = 0; c < _k; ++c) {
        const std::uint32_t s = _column_class[c];
        weighted.at(t, c) = _field.mul(_field.from_unsigned(_structure.sizes[s]), chi[_structure.inverse_class(s)]);
      }
    }
    NmodMatrix transposed(static_cast<slong>(_k), d, p);
    nmod_mat_transpose(transposed.raw(), space.basis.raw());
    NmodMatrix constraints(fresh, d, p);
    nmod_mat_mul(constraints.raw(), weighted.raw(), transposed.raw());
    space.known_checked = known;
    if (nmod_mat_is_zero(constraints.raw())) return;
    NmodMatrix null_basis(d, d, p);
    slong nullity = nmod_mat_nullspace(null_basis.raw(), constraints.raw());
    space = make_space(combine(null_basis, nullity, space.basis), space.next_class, known, std::move(space.scalar));
  }

  // Eigenspaces of the next class matrix on the space; the space itself
  // (with the next class to try) if that matrix is scalar on it.
  std::vector<Space> split(Space& space) {
    const mp_limb_t p = _field.prime();
    const slong d = space.basis.rows();
    const slong k = static_cast<slong>(_k);
    while (space.next_class < _order.size()) {
      const std::uint32_t j = _order[space.next_class++];
      if (space.scalar[j]) continue;
      // Whatever happens, M_j will be scalar on the space or on each part,
      // and then so is M_j' for every Galois conjugate class j' (g_j' ~ g_j^m,
      // m a unit mod o_j): omega_j'(chi) = sigma_m(omega_j(chi)) as chi(1)
      // is rational. So those need no trying.
      for (std::uint32_t conjugate : _galois_family[j]) space.scalar[conjugate] = true;
      NmodMatrix rows(d, k, p);
      for (slong t = 0; t < d; ++t) {
        const auto& counts = _coefficients.row(j, _column_class[static_cast<std::size_t>(space.pivots[t])]);
        for (slong c = 0; c < k; ++c) rows.at(t, c) = _field.from_unsigned(counts[_column_class[c]]);
      }
      NmodMatrix transposed(k, d, p);
      nmod_mat_transpose(transposed.raw(), space.basis.raw());
      NmodMatrix restricted(d, d, p);
      nmod_mat_mul(restricted.raw(), rows.raw(), transposed.raw());
      std::vector<mp_limb_t> eigenvalues = distinct_eigenvalues(restricted, j);
      if (eigenvalues.size() == 1) continue;  // scalar on this space: try the next class
      std::vector<Space> parts;
      slong total = 0;
      for (mp_limb_t lambda : eigenvalues) {
        NmodMatrix shifted(d, d, p);
        nmod_mat_set(shifted.raw(), restricted.raw());
        for (slong i = 0; i < d; ++i) shifted.at(i, i) = _field.sub(shifted.at(i, i), lambda);
        NmodMatrix null_basis(d, d, p);
        slong nullity = nmod_mat_nullspace(null_basis.raw(), shifted.raw());
        total += nullity;
        parts.push_back(make_space(combine(null_basis, nullity, space.basis), space.next_class,
                                   space.known_checked, space.scalar));
      }
      if (total != d) {
        throw_check_failed("Dixon-Schneider: class matrix " + std::to_string(j) +
                           " is not diagonalisable mod " + std::to_string(p));
      }
      return parts;
    }
    std::vector<Space> unchanged;
    unchanged.push_back(std::move(space));
    return unchanged;
  }

  std::vector<mp_limb_t> distinct_eigenvalues(const NmodMatrix& matrix, std::uint32_t j) const {
    const mp_limb_t p = _field.prime();
    NmodPolynomial minimal(p);
    nmod_mat_minpoly(minimal.raw(), matrix.raw());
    NmodPolynomialFactors roots;
    nmod_poly_roots(roots.raw(), minimal.raw(), 0);
    std::vector<mp_limb_t> result;
    for (slong i = 0; i < roots.raw()->num; ++i) {
      nmod_poly_struct* factor = roots.raw()->p + i;
      // monic x - r
      result.push_back(nmod_neg(nmod_poly_get_coeff_ui(factor, 0), _field.mod));
    }
    if (static_cast<slong>(result.size()) != nmod_poly_degree(minimal.raw())) {
      throw_check_failed("Dixon-Schneider: the minimal polynomial of class matrix " + std::to_string(j) +
                         " does not split into distinct linear factors mod " + std::to_string(p));
    }
    std::sort(result.begin(), result.end());
    return result;
  }

  const ClassStructure& _structure;
  ClassMultiplicationSource& _coefficients;
  const PrimeField& _field;
  const std::size_t _k;
  std::vector<std::uint32_t> _order;  // non-identity classes, smallest first
  std::vector<std::uint32_t> _column_class;  // class of each coordinate column, smallest first
  std::vector<std::vector<std::uint32_t>> _galois;
  std::vector<std::vector<std::uint32_t>> _galois_family;  // classes of g_j^m, m a unit mod o_j
  std::vector<ModularVector> _known;
  std::vector<ModularVector> _linear;
  std::set<ModularVector> _seen;
  std::size_t _found_by_splitting = 0;
};

}  // namespace

mp_limb_t modular_inner_product(const ClassStructure& structure, const PrimeField& field,
                                const ModularVector& u, const ModularVector& w) {
  mp_limb_t sum = 0;
  for (std::uint32_t s = 0; s < structure.size(); ++s) {
    mp_limb_t term = field.mul(u[s], w[structure.inverse_class(s)]);
    sum = field.add(sum, field.mul(term, field.from_unsigned(structure.sizes[s])));
  }
  return sum;
}

std::vector<ModularVector> modular_normalised_characters(const ClassStructure& structure,
                                                         ClassMultiplicationSource& coefficients,
                                                         const PrimeField& field,
                                                         SplittingStatistics* statistics) {
  if (structure.size() == 0) throw_bad_input("modular_normalised_characters: no classes");
  SplittingStatistics local;
  Splitter splitter(structure, coefficients, field);
  auto result = splitter.run(local);
  if (statistics) *statistics = local;
  return result;
}

}  // namespace irrepkit
