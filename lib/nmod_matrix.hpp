// Dense matrices over Z/pZ: a thin RAII wrapper around FLINT's nmod_mat_t.
//
// Conventions: 0-based (row, column) indices; entries are kept in [0, p);
// the modulus is below 2^63. rank, rref, inverse, solve, nullspace and
// determinant need a prime modulus (checked once, throws bad_input). Shape
// mismatches throw bad_input; inverse/solve of a singular matrix throw
// undefined. nullspace() returns a matrix whose columns are a basis of
// {x : A x = 0} (cols() x nullity).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <flint/nmod_mat.h>

namespace irrepkit {

class ModMatrix {
 public:
  ModMatrix(long rows, long cols, std::uint64_t modulus);  // zero matrix
  static ModMatrix identity(long n, std::uint64_t modulus);
  // From a row-major list of (possibly negative) integers, reduced mod p.
  static ModMatrix from_rows(const std::vector<std::vector<long long>>& rows, std::uint64_t modulus);

  ModMatrix(const ModMatrix& other);
  ModMatrix(ModMatrix&& other) noexcept;
  ModMatrix& operator=(const ModMatrix& other);
  ModMatrix& operator=(ModMatrix&& other) noexcept;
  ~ModMatrix();

  long rows() const noexcept { return nmod_mat_nrows(_matrix); }
  long cols() const noexcept { return nmod_mat_ncols(_matrix); }
  std::uint64_t modulus() const noexcept { return _matrix->mod.n; }
  std::uint64_t get(long i, long j) const noexcept { return nmod_mat_entry(_matrix, i, j); }
  std::uint64_t operator()(long i, long j) const noexcept { return get(i, j); }
  void set(long i, long j, std::uint64_t value) noexcept { nmod_mat_entry(_matrix, i, j) = value % modulus(); }
  void set_signed(long i, long j, long long value) noexcept;
  // No-checks accessors for inner loops: the caller keeps values in [0, p).
  mp_limb_t* row(long i) noexcept { return _matrix->rows[i]; }
  const mp_limb_t* row(long i) const noexcept { return _matrix->rows[i]; }

  nmod_mat_struct* raw() noexcept { return _matrix; }
  const nmod_mat_struct* raw() const noexcept { return _matrix; }

  ModMatrix operator*(const ModMatrix& other) const;
  ModMatrix operator+(const ModMatrix& other) const;
  ModMatrix operator-(const ModMatrix& other) const;
  ModMatrix scaled(std::uint64_t factor) const;
  ModMatrix transpose() const;
  bool operator==(const ModMatrix& other) const noexcept;

  std::uint64_t trace() const;
  std::uint64_t determinant() const;
  long rank() const;
  // Reduced row echelon form and the pivot columns.
  std::pair<ModMatrix, std::vector<long>> rref() const;
  ModMatrix inverse() const;
  ModMatrix solve(const ModMatrix& right_side) const;  // X with A X = B, A square invertible
  ModMatrix nullspace() const;
  std::string to_string() const;  // rows as "[a, b; c, d]"

 private:
  void require_prime(const char* operation) const;
  void require_square(const char* operation) const;
  void require_same_shape(const ModMatrix& other, const char* operation) const;

  nmod_mat_t _matrix;
};

}  // namespace irrepkit
