// Matrix groups as permutation groups.
//
// Matrices act on row vectors from the right (v -> v*M, as in GAP), so the
// permutation of a product is the product of the permutations, left factor
// first. SL/GL act on all nonzero vectors of GF(q)^n, PSL/PGL on the
// 1-spaces (each represented by its vector whose first nonzero entry is 1);
// MatrixGroup and integer matrix groups act on the orbit of the standard
// basis vectors, which is faithful because a matrix is determined by the
// images of the basis.
#include <flint/fmpz_mat.h>

#include <map>
#include <string>

#include "groups/finite_field.hpp"
#include "groups/named_groups.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

constexpr std::size_t max_linear_degree = 200'000;

using Vector = std::vector<std::uint32_t>;

Vector times(const FiniteField& field, const Vector& v, const FieldMatrix& m) {
  const std::size_t n = v.size();
  Vector w(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (v[i] == 0) continue;
    for (std::size_t j = 0; j < n; ++j) w[j] = field.add(w[j], field.multiply(v[i], m[i][j]));
  }
  return w;
}

void normalise(const FiniteField& field, Vector& v) {
  for (std::uint32_t x : v) {
    if (x == 0) continue;
    std::uint32_t scale = field.inverse(x);
    for (auto& y : v) y = field.multiply(y, scale);
    return;
  }
}

std::uint32_t determinant_is_nonzero(const FiniteField& field, FieldMatrix m) {
  const std::size_t n = m.size();
  for (std::size_t col = 0; col < n; ++col) {
    std::size_t pivot = col;
    while (pivot < n && m[pivot][col] == 0) ++pivot;
    if (pivot == n) return 0;
    std::swap(m[pivot], m[col]);
    std::uint32_t inverse = field.inverse(m[col][col]);
    for (std::size_t row = col + 1; row < n; ++row) {
      if (m[row][col] == 0) continue;
      std::uint32_t factor = field.multiply(m[row][col], inverse);
      for (std::size_t j = col; j < n; ++j) {
        m[row][j] = field.subtract(m[row][j], field.multiply(factor, m[col][j]));
      }
    }
  }
  return 1;
}

FieldMatrix identity_matrix(std::size_t n) {
  FieldMatrix m(n, std::vector<std::uint32_t>(n, 0));
  for (std::size_t i = 0; i < n; ++i) m[i][i] = 1;
  return m;
}

// Transvections I + a*E_{i,i+1} and I + a*E_{i+1,i} for a in the basis
// 1, z, ..., z^(k-1) of GF(q) over GF(p): they generate SL(n,q).
std::vector<FieldMatrix> transvections(const FiniteField& field, std::size_t n) {
  std::vector<FieldMatrix> result;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    for (std::uint32_t e = 0; e < field.degree(); ++e) {
      FieldMatrix up = identity_matrix(n), down = identity_matrix(n);
      up[i][i + 1] = field.primitive_power(e);
      down[i + 1][i] = field.primitive_power(e);
      result.push_back(up);
      result.push_back(down);
    }
  }
  return result;
}

PermutationGroup linear_group(const char* family, long long n, long long q, bool general, bool projective) {
  if (n < 1 || n > 64) throw_bad_input(std::string(family) + ": the dimension must be in 1..64, got " + std::to_string(n));
  FiniteField field(q);  // checks q
  const std::size_t dim = static_cast<std::size_t>(n);
  // Number of vectors and of points, guarded against overflow and checked
  // before anything is allocated (SL(2,3571) used to fill 800 MB first).
  std::uint64_t vectors = 1;
  for (std::size_t i = 0; i < dim; ++i) {
    vectors *= field.order();
    if (vectors > 64 * max_linear_degree) {
      throw_bad_input(std::string(family) + "(" + std::to_string(n) + "," + std::to_string(q) +
                      "): too many points for a permutation action");
    }
  }
  const std::uint64_t point_count = projective ? (vectors - 1) / (field.order() - 1) : vectors - 1;
  if (point_count > max_linear_degree) {
    throw_bad_input(std::string(family) + "(" + std::to_string(n) + "," + std::to_string(q) + "): " +
                    std::to_string(point_count) + " points is too many (at most " +
                    std::to_string(max_linear_degree) + ")");
  }
  std::vector<FieldMatrix> matrices = transvections(field, dim);
  if (general && field.order() > 2) {
    FieldMatrix d = identity_matrix(dim);
    d[0][0] = field.primitive_power(1);
    matrices.push_back(d);
  }
  // Points: nonzero vectors, or normalised ones; code = sum v_i q^i.
  std::vector<std::int64_t> point_of(vectors, -1);
  std::vector<Vector> points;
  for (std::uint64_t code = 1; code < vectors; ++code) {
    Vector v(dim);
    std::uint64_t c = code;
    for (std::size_t i = 0; i < dim; ++i, c /= field.order()) v[i] = static_cast<std::uint32_t>(c % field.order());
    if (projective) {
      Vector w = v;
      normalise(field, w);
      if (w != v) continue;
    }
    point_of[code] = static_cast<std::int64_t>(points.size());
    points.push_back(std::move(v));
  }
  if (points.size() > max_linear_degree) {
    throw_bad_input(std::string(family) + ": " + std::to_string(points.size()) + " points is too many");
  }
  auto encode = [&](const Vector& v) {
    std::uint64_t code = 0;
    for (std::size_t i = dim; i-- > 0;) code = code * field.order() + v[i];
    return code;
  };
  std::vector<Permutation> generators;
  for (const auto& m : matrices) {
    std::vector<Point> images(points.size());
    for (std::size_t x = 0; x < points.size(); ++x) {
      Vector w = times(field, points[x], m);
      if (projective) normalise(field, w);
      images[x] = static_cast<Point>(point_of[encode(w)]);
    }
    generators.push_back(Permutation::from_images(std::move(images)));
  }
  if (generators.empty()) generators.push_back(Permutation(std::max<std::size_t>(points.size(), 1)));
  return PermutationGroup(std::move(generators));
}

}  // namespace

PermutationGroup special_linear_group(long long n, long long q) { return linear_group("SL", n, q, false, false); }
PermutationGroup general_linear_group(long long n, long long q) { return linear_group("GL", n, q, true, false); }
PermutationGroup projective_special_linear_group(long long n, long long q) {
  return linear_group("PSL", n, q, false, true);
}
PermutationGroup projective_general_linear_group(long long n, long long q) {
  return linear_group("PGL", n, q, true, true);
}

PermutationGroup matrix_group(long long q, const std::vector<FieldMatrix>& matrices, std::size_t orbit_limit) {
  FiniteField field(q);
  if (matrices.empty()) throw_bad_input("MatrixGroup: needs at least one matrix");
  const std::size_t n = matrices[0].size();
  for (std::size_t k = 0; k < matrices.size(); ++k) {
    const auto& m = matrices[k];
    if (m.size() != n) {
      throw_bad_input("MatrixGroup: matrix " + std::to_string(k + 1) + " has " + std::to_string(m.size()) +
                      " rows but matrix 1 has " + std::to_string(n) + " (matrices of different sizes)");
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (m[i].size() != n) {
        throw_bad_input("MatrixGroup: row " + std::to_string(i + 1) + " of matrix " + std::to_string(k + 1) +
                        " has " + std::to_string(m[i].size()) + " entries, expected " + std::to_string(n) +
                        " (matrices must be square and of the same size)");
      }
      for (std::uint32_t x : m[i]) {
        if (x >= field.order()) throw_bad_input("MatrixGroup: entry not in GF(" + std::to_string(q) + ")");
      }
    }
    if (!determinant_is_nonzero(field, m)) {
      throw_bad_input("MatrixGroup: matrix " + std::to_string(k + 1) + " is singular over GF(" + std::to_string(q) + ")");
    }
  }
  if (n == 0) throw_bad_input("MatrixGroup: empty matrix");
  std::map<Vector, Point> index;
  std::vector<Vector> orbit;
  for (std::size_t i = 0; i < n; ++i) {
    Vector e(n, 0);
    e[i] = 1;
    if (index.emplace(e, static_cast<Point>(orbit.size())).second) orbit.push_back(e);
  }
  for (std::size_t x = 0; x < orbit.size(); ++x) {
    for (const auto& m : matrices) {
      Vector w = times(field, orbit[x], m);
      if (index.emplace(w, static_cast<Point>(orbit.size())).second) {
        orbit.push_back(std::move(w));
        if (orbit.size() > orbit_limit) {
          throw_bad_input("MatrixGroup: the orbit of the standard basis exceeds " + std::to_string(orbit_limit) +
                          " vectors (group too large)");
        }
      }
    }
  }
  std::vector<Permutation> generators;
  for (const auto& m : matrices) {
    std::vector<Point> images(orbit.size());
    for (std::size_t x = 0; x < orbit.size(); ++x) images[x] = index.at(times(field, orbit[x], m));
    generators.push_back(Permutation::from_images(std::move(images)));
  }
  return PermutationGroup(std::move(generators));
}

PermutationGroup integer_matrix_group(const std::vector<IntegerMatrix>& matrices, std::size_t orbit_limit) {
  if (matrices.empty()) throw_bad_input("MatrixGroup: needs at least one matrix");
  const std::size_t n = matrices[0].size();
  if (n == 0) throw_bad_input("MatrixGroup: empty matrix");
  for (std::size_t k = 0; k < matrices.size(); ++k) {
    const auto& m = matrices[k];
    if (m.size() != n) {
      throw_bad_input("MatrixGroup: matrix " + std::to_string(k + 1) + " has " + std::to_string(m.size()) +
                      " rows but matrix 1 has " + std::to_string(n) + " (matrices of different sizes)");
    }
    fmpz_mat_t a;
    fmpz_mat_init(a, static_cast<slong>(n), static_cast<slong>(n));
    bool square = true;
    for (std::size_t i = 0; i < n && square; ++i) {
      if (m[i].size() != n) {
        square = false;
        break;
      }
      for (std::size_t j = 0; j < n; ++j) fmpz_set_si(fmpz_mat_entry(a, i, j), static_cast<slong>(m[i][j]));
    }
    fmpz_t det;
    fmpz_init(det);
    if (square) fmpz_mat_det(det, a);
    bool singular = fmpz_is_zero(det);
    bool unimodular = fmpz_is_pm1(det);
    char* det_chars = fmpz_get_str(nullptr, 10, det);  // the determinant need not fit a long
    std::string det_text = det_chars;
    flint_free(det_chars);
    fmpz_clear(det);
    fmpz_mat_clear(a);
    if (!square) {
      throw_bad_input("MatrixGroup: matrix " + std::to_string(k + 1) + " is not " + std::to_string(n) + "x" +
                      std::to_string(n) + " (matrices must be square and of the same size)");
    }
    if (singular) throw_bad_input("MatrixGroup: matrix " + std::to_string(k + 1) + " is singular");
    if (!unimodular) {
      throw_bad_input("MatrixGroup: matrix " + std::to_string(k + 1) + " has determinant " + det_text +
                      ", so it has infinite order: the group is infinite");
    }
  }
  using IntVector = std::vector<long long>;
  auto times_int = [&](const IntVector& v, const IntegerMatrix& m) {
    IntVector w(n, 0);
    // Overflow-checked: v[i] * m[i][j] could overflow before the bound was
    // tested, and a large entry does not make the group infinite
    // ([[1,2^41],[0,-1]] has order 2), so the message says both.
    constexpr long long bound = 1LL << 40;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        long long term = 0;
        if (__builtin_mul_overflow(v[i], m[i][j], &term) || __builtin_add_overflow(w[j], term, &w[j]) ||
            w[j] > bound || w[j] < -bound) {
          throw_bad_input("MatrixGroup: vector entries exceed 2^40 in the orbit of the standard basis: "
                          "the group is infinite or its entries too large");
        }
      }
    }
    return w;
  };
  std::map<IntVector, Point> index;
  std::vector<IntVector> orbit;
  for (std::size_t i = 0; i < n; ++i) {
    IntVector e(n, 0);
    e[i] = 1;
    index.emplace(e, static_cast<Point>(orbit.size()));
    orbit.push_back(e);
  }
  for (std::size_t x = 0; x < orbit.size(); ++x) {
    for (const auto& m : matrices) {
      IntVector w = times_int(orbit[x], m);
      if (index.emplace(w, static_cast<Point>(orbit.size())).second) {
        orbit.push_back(std::move(w));
        if (orbit.size() > orbit_limit) {
          throw_bad_input("MatrixGroup: the orbit of the standard basis exceeds " + std::to_string(orbit_limit) +
                          " vectors: the group is infinite (or too large)");
        }
      }
    }
  }
  std::vector<Permutation> generators;
  for (const auto& m : matrices) {
    std::vector<Point> images(orbit.size());
    for (std::size_t x = 0; x < orbit.size(); ++x) images[x] = index.at(times_int(orbit[x], m));
    generators.push_back(Permutation::from_images(std::move(images)));
  }
  return PermutationGroup(std::move(generators));
}

PermutationGroup heisenberg_group(long long p) {
  if (!is_prime(p)) throw_bad_input("HeisenbergGroup(p): p must be prime, got " + std::to_string(p));
  FieldMatrix x = identity_matrix(3), y = identity_matrix(3);
  x[0][1] = 1;
  y[1][2] = 1;
  return matrix_group(p, {x, y});
}

}  // namespace irrepkit
